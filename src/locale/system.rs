//! The process default locale, used when a caller passes NULL or "".
//!
//! POSIX systems follow gettext's rules: the first set of `LC_ALL`, `LC_MESSAGES`,
//! `LANG` names the locale; unless that is `C`/`POSIX`, GNU's `LANGUAGE` list is
//! preferred to it. Windows asks for the user's preferred UI languages. It is read
//! once per process: a library must not race the host's `setenv`.

use std::sync::atomic::AtomicU64;
use std::sync::OnceLock;

use super::{epoch, publish, quick, Locale, LocaleRequest};

/// The environment's request, read once.
static REQUEST: OnceLock<String> = OnceLock::new();
/// The request parsed, once a negotiation needs the general parser.
static PARSED: OnceLock<LocaleRequest> = OnceLock::new();
/// The last answer: `epoch << 8 | (index + 1)`; 0 before the first.
static ANSWER: AtomicU64 = AtomicU64::new(0);

/// The process default: the environment's request, read once, negotiated again
/// only when a locale was added since the last answer.
#[inline]
pub(super) fn locale() -> Locale {
    let epoch = epoch();
    // Acquire/Release for the reason of the request cache (cache.rs): the
    // thread that stored the answer had synchronised with the locale's
    // registration, and this load passes that on to us.
    let answer = publish::recall(&ANSWER);
    if answer != 0 && answer >> 8 == epoch {
        return Locale(((answer & 0xFF) - 1) as u8);
    }
    answer_for(epoch)
}

/// Negotiates the environment's request and keeps the answer for `epoch`.
#[cold]
#[inline(never)]
fn answer_for(epoch: u64) -> Locale {
    let request = REQUEST.get_or_init(request);
    // A plain environment (`fr_FR.UTF-8`, `sv:fr`, `fr-FR,en-US`) needs no parser,
    // whose code a fresh process would otherwise fault in on its first lookup.
    let locale = quick::negotiate(request.as_bytes()).unwrap_or_else(|| {
        PARSED
            .get_or_init(|| LocaleRequest::parse(request))
            .negotiate()
    });
    publish::remember(&ANSWER, epoch << 8 | (locale.index() as u64 + 1));
    locale
}

/// The request string the environment amounts to, e.g. `"sv:fr:fr_FR.UTF-8"`.
#[cfg(not(windows))]
pub(crate) fn request() -> String {
    posix_request(|name| std::env::var(name).ok())
}

#[cfg(windows)]
pub(crate) fn request() -> String {
    sys_locale::get_locales().collect::<Vec<_>>().join(",")
}

/// gettext's reading of the environment, with `var` standing for `getenv`.
#[cfg_attr(windows, allow(dead_code))]
pub(crate) fn posix_request(var: impl Fn(&str) -> Option<String>) -> String {
    let set = |name| var(name).filter(|v| !v.is_empty());
    let Some(locale) = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"))
    else {
        return fallback();
    };
    let base = locale.split(['.', '@']).next().unwrap_or_default();
    if base == "C" || base == "POSIX" {
        return "C".into();
    }
    match set("LANGUAGE") {
        // The locale itself comes last: a friendlier fallback than gettext's untranslated text.
        Some(list) => format!("{list}:{locale}"),
        None => locale,
    }
}

/// No locale variable at all: POSIX says "C"; Apple systems keep the user's
/// choice outside the environment, where sys-locale finds it.
fn fallback() -> String {
    #[cfg(target_vendor = "apple")]
    if let Some(tag) = sys_locale::get_locale() {
        return tag;
    }
    "C".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> String {
        posix_request(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn gettext_precedence() {
        assert_eq!(with(&[]), "C");
        assert_eq!(with(&[("LANG", "fr_FR.UTF-8")]), "fr_FR.UTF-8");
        assert_eq!(
            with(&[("LANG", "fr_FR"), ("LC_MESSAGES", "de_DE")]),
            "de_DE"
        );
        assert_eq!(
            with(&[
                ("LANG", "fr_FR"),
                ("LC_MESSAGES", "de_DE"),
                ("LC_ALL", "it_IT")
            ]),
            "it_IT"
        );
        // Empty variables count as unset.
        assert_eq!(with(&[("LC_ALL", ""), ("LANG", "fr_FR")]), "fr_FR");
    }

    #[test]
    fn language_list_unless_c() {
        assert_eq!(
            with(&[("LANG", "sv_SE.UTF-8"), ("LANGUAGE", "fr:en")]),
            "fr:en:sv_SE.UTF-8"
        );
        assert_eq!(with(&[("LANG", "C.UTF-8"), ("LANGUAGE", "fr")]), "C");
        assert_eq!(with(&[("LC_ALL", "POSIX"), ("LANGUAGE", "fr")]), "C");
        assert_eq!(with(&[("LANGUAGE", "fr")]), "C");
    }

    #[test]
    fn requests_negotiate() {
        let fr = |vars: &[(&str, &str)]| {
            let request = with(vars);
            let parsed = LocaleRequest::parse(&request).negotiate();
            // The shortcut, where it answers (always, while no test has added a locale).
            if let Some(quick) = quick::negotiate(request.as_bytes()) {
                assert_eq!(quick, parsed, "{request}");
            }
            parsed.tag()
        };
        assert_eq!(fr(&[("LANG", "fr_BE.UTF-8")]), "fr-FR");
        assert_eq!(fr(&[("LANG", "fr_CA.UTF-8")]), "fr-CA");
        assert_eq!(fr(&[("LANG", "nn_NO.UTF-8")]), "nb-NO");
        assert_eq!(fr(&[("LANG", "sr_RS@latin")]), "sr-Latn-RS");
        assert_eq!(fr(&[("LANG", "es_AR.UTF-8")]), "es-MX");
        assert_eq!(
            fr(&[("LANG", "is_IS.UTF-8"), ("LANGUAGE", "is:fr")]),
            "fr-FR"
        );
        assert_eq!(fr(&[("LANG", "C"), ("LANGUAGE", "fr")]), "en-US");
    }
}
