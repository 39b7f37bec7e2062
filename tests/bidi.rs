//! Right-to-left text: negotiation to the right-to-left and Traditional Chinese
//! locales, each locale's direction, and the bidi marks in the text, checked in
//! visual order by FriBidi (tests/common/fribidi.rs). The locales are test
//! fixtures (tests/fixtures/rtl), added at run time; they override the shipped
//! ones of the same tag, message by message. tests/bidi_shipped.rs checks the
//! shipped locales as they are.

#[path = "common/fribidi.rs"]
mod fribidi;

use std::path::Path;
use std::sync::Once;

use fribidi::{check_rtl_locale, show, Base, HOSTS};
use winhttp_err::bidi::{LRM, RLM};
use winhttp_err::{Direction, ErrorCode, Locale};

fn setup() {
    static ADD: Once = Once::new();
    ADD.call_once(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rtl");
        let added = winhttp_err::l10n::add_locale_dir(&dir).expect("the fixtures");
        assert_eq!(added.len(), 6);
    });
}

fn neg(request: &str) -> &'static str {
    setup();
    Locale::negotiate(request).tag()
}

#[test]
fn right_to_left_and_traditional_chinese_requests_negotiate() {
    for (request, want) in [
        ("ar", "ar-SA"),
        ("ar-SA", "ar-SA"),
        ("ar-EG", "ar-SA"),
        ("ar-AE", "ar-SA"),
        ("ar-MA", "ar-SA"),
        ("ar-001", "ar-SA"),
        ("AR-eg", "ar-SA"),
        ("ar_SA.UTF-8", "ar-SA"),
        ("ar_EG.UTF-8", "ar-SA"),
        ("ar-Arab-EG", "ar-SA"),
        ("is, ar-JO;q=0.9, en;q=0.5", "ar-SA"),
        ("sv, ar-JO;q=0.9, en;q=0.5", "sv-SE"),
        ("he", "he-IL"),
        ("he-IL", "he-IL"),
        ("iw", "he-IL"),
        ("iw-IL", "he-IL"),
        ("iw_IL", "he-IL"),
        ("iw_IL.UTF-8", "he-IL"),
        ("he_IL.UTF-8", "he-IL"),
        ("zh-TW", "zh-TW"),
        ("zh-HK", "zh-TW"),
        ("zh-MO", "zh-TW"),
        ("zh-Hant", "zh-TW"),
        ("zh-Hant-TW", "zh-TW"),
        ("zh-Hant-HK", "zh-TW"),
        ("zh-Hant-CN", "zh-TW"),
        ("zh_TW.UTF-8", "zh-TW"),
        ("zh_HK.UTF-8", "zh-TW"),
        ("zh", "zh-CN"),
        ("zh-CN", "zh-CN"),
        ("zh-SG", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh-Hans-CN", "zh-CN"),
        ("zh-Hans-HK", "zh-CN"),
        ("zh_CN.UTF-8", "zh-CN"),
        ("fa", "fa-IR"),
        ("fa-AF", "fa-IR"),
        ("ur", "ur-PK"),
        ("ur-IN", "ur-PK"),
    ] {
        assert_eq!(neg(request), want, "{request}");
        // The UTF-16 request (Windows) answers alike.
        let wide: Vec<u16> = request.encode_utf16().collect();
        assert_eq!(Locale::negotiate_utf16(&wide).tag(), want, "{request}");
    }
}

#[test]
fn windows_user_languages_negotiate() {
    // GetUserPreferredUILanguages as sys-locale joins it (src/locale/system.rs).
    for (languages, want) in [
        ("ar-SA,en-US", "ar-SA"),
        ("he-IL,en-US", "he-IL"),
        ("zh-TW,en-US", "zh-TW"),
        ("zh-Hant-TW,en-US", "zh-TW"),
        ("zh-HK,en-US", "zh-TW"),
        ("zh-CN,en-US", "zh-CN"),
        ("zh-Hans-CN", "zh-CN"),
    ] {
        assert_eq!(neg(languages), want, "{languages}");
    }
}

#[test]
fn added_locales_have_their_direction() {
    setup();
    for (tag, want) in [
        ("ar-SA", Direction::Rtl),
        ("he-IL", Direction::Rtl),
        ("fa-IR", Direction::Rtl),
        ("ur-PK", Direction::Rtl),
        ("zh-TW", Direction::Ltr),
        ("ku-Latn-TR", Direction::Ltr),
        ("en-US", Direction::Ltr),
        ("fr-FR", Direction::Ltr),
    ] {
        let locale = Locale::from_tag(tag).unwrap();
        assert_eq!(locale.direction(), want, "{tag}");
        assert_eq!(Locale::negotiate(tag).direction(), want, "{tag}");
    }
    // The C ABI, UTF-8 and UTF-16: the direction of what negotiation picks.
    use winhttp_err::ffi::{winhttp_err_direction, winhttp_err_direction_w};
    use winhttp_err::ffi::{WINHTTP_ERR_DIRECTION_LTR as LTR, WINHTTP_ERR_DIRECTION_RTL as RTL};
    for (request, want) in [
        ("ar-EG", RTL),
        ("iw", RTL),
        ("fa", RTL),
        ("ur-PK", RTL),
        ("ku-Latn", LTR),
        ("zh-HK", LTR),
        ("is, he;q=0.5", RTL),
        ("sv, he;q=0.5", LTR), // shipped Swedish first
        ("is", LTR),
        ("az-Arab", LTR), // no Azerbaijani locale: en-US
        ("\u{5d0}", LTR),
    ] {
        let c = std::ffi::CString::new(request).unwrap();
        let w: Vec<u16> = request.encode_utf16().chain([0]).collect();
        // SAFETY: NUL-terminated strings.
        let (d8, d16) = unsafe {
            (
                winhttp_err_direction(c.as_ptr()),
                winhttp_err_direction_w(w.as_ptr()),
            )
        };
        assert_eq!((d8, d16), (want, want), "{request}");
    }
}

#[test]
fn right_to_left_texts_render_right_to_left_with_hosts_in_order() {
    setup();
    for tag in ["ar-SA", "he-IL", "fa-IR", "ur-PK"] {
        let locale = Locale::from_tag(tag).unwrap();
        let checked = check_rtl_locale(locale);
        // The fixtures' texts: title, summary, description, hints, summaries
        // with the five hosts, certificate lines, unknown-code summaries.
        let want = match tag {
            "ar-SA" | "he-IL" => 3 + 3 + 5 + 3 + 6 + 1,
            _ => 2 + 5,
        };
        assert!(checked >= want, "{tag}: {checked} texts checked");
    }
}

#[test]
fn the_marks_are_what_keeps_hosts_in_order() {
    setup();
    let he = Locale::from_tag("he-IL").unwrap();
    let timeout = ErrorCode::new(12002).unwrap();
    let strip = |s: &str| s.replace([LRM, RLM], "");
    for host in HOSTS {
        let text = timeout.summary(he, Some(host)).into_owned();
        assert_eq!(text, format!("{RLM}{LRM}{host}{LRM} לא הגיב בזמן."));
        let shown = show(&[&text], Base::FirstStrong);
        assert!(shown[0].rtl && shown[0].visual.contains(host), "{shown:?}");
    }
    // Without them, FriBidi reorders the host or turns the sentence left to right.
    let bare: Vec<String> = HOSTS
        .iter()
        .map(|h| strip(&timeout.summary(he, Some(h))))
        .collect();
    let bare: Vec<&str> = bare.iter().map(String::as_str).collect();
    // Every host with a letter makes its sentence left to right.
    let shown = show(&bare, Base::FirstStrong);
    assert_eq!(shown.iter().filter(|s| !s.rtl).count(), 4, "{shown:?}");
    // And in a right-to-left paragraph, "1.example.com" shows as
    // "example.com.1", "[2001:db8::1]" as "[db8::1:2001]".
    let shown = show(&bare, Base::Rtl);
    let reordered: Vec<&str> = HOSTS
        .iter()
        .zip(&shown)
        .filter(|(h, s)| !s.visual.contains(*h))
        .map(|(h, _)| *h)
        .collect();
    assert_eq!(reordered, ["1.example.com", "[2001:db8::1]"], "{shown:?}");
}

#[test]
fn the_only_marks_are_ours() {
    setup();
    let ar = Locale::from_tag("ar-SA").unwrap();
    let timeout = ErrorCode::new(12002).unwrap();
    let hostile = "\u{202E}moc.elpmaxe\u{202C}\u{2067}x\u{2069}\u{200F}\u{200E}\u{61C}";
    let text = timeout.summary(ar, Some(hostile));
    assert_eq!(
        text,
        format!("{RLM}استغرق الخادم {LRM}moc.elpmaxex{LRM} وقتًا طويلًا للرد.")
    );
    // The C ABI gives the same text.
    let mut buf = vec![0u8; 512];
    // SAFETY: NUL-terminated strings, a buffer of the length given.
    let n = unsafe {
        winhttp_err::ffi::winhttp_err_summary(
            12002,
            c"ar-EG".as_ptr(),
            std::ffi::CString::new(hostile).unwrap().as_ptr(),
            buf.as_mut_ptr().cast(),
            buf.len(),
        )
    };
    assert_eq!(std::str::from_utf8(&buf[..n]).unwrap(), text);
}

#[test]
fn a_right_to_left_host_in_a_left_to_right_sentence_is_wrapped() {
    setup();
    let timeout = ErrorCode::new(12002).unwrap();
    for host in ["שרת.example", "مثال.اختبار", "1.שרת.il:8443"] {
        let text = timeout.summary(Locale::EN_US, Some(host));
        assert_eq!(
            text,
            format!("The server at {LRM}{host}{LRM} took too long to respond.")
        );
        let shown = &show(&[&text], Base::FirstStrong)[0];
        assert!(!shown.rtl, "{shown:?}");
        assert!(
            shown.visual.starts_with("The server at ")
                && shown.visual.ends_with(" took too long to respond."),
            "{shown:?}"
        );
    }
    // A Latin host in a left-to-right locale is left as it is.
    assert_eq!(
        timeout.summary(Locale::EN_US, Some("1.example.com")),
        "The server at 1.example.com took too long to respond."
    );
}

#[test]
fn texts_a_right_to_left_locale_lacks_are_en_us_without_marks() {
    setup();
    let fa = Locale::from_tag("fa-IR").unwrap();
    let timeout = ErrorCode::new(12002).unwrap();
    // fa-IR's fixture has no summary and no hints: en-US's, unmarked.
    assert_eq!(
        timeout.summary(fa, None),
        timeout.summary(Locale::EN_US, None)
    );
    assert!(timeout.hints(fa).all(|h| !h.contains(RLM)));
    assert!(timeout.title(fa).starts_with(RLM));
}

#[test]
fn report_lines_keep_names_and_numbers_in_order_unmarked() {
    setup();
    let ar = Locale::from_tag("ar-SA").unwrap();
    let timeout = ErrorCode::new(12002).unwrap();
    let line = timeout.report(ar);
    assert_eq!(
        line,
        format!("{RLM}انتهت مهلة الطلب قبل أن يرد الخادم. (ERROR_WINHTTP_TIMEOUT، 12002)")
    );
    let unknown = winhttp_err::report(12345, "ar");
    assert_eq!(unknown, format!("{RLM}خطأ غير معروف 12345 (0x00003039)."));
    let shown = show(&[line, &unknown], Base::FirstStrong);
    assert!(shown[0].rtl && shown[0].visual.contains("ERROR_WINHTTP_TIMEOUT"));
    // Each number in its own order; right to left, the hex one is read second (left).
    assert!(
        shown[1].rtl && shown[1].visual.starts_with(".(0x00003039) 12345 "),
        "{shown:?}"
    );
    // The Hebrew line: the name, a comma and the number, in that order.
    let he = timeout.report(Locale::from_tag("he-IL").unwrap());
    let shown = &show(&[he], Base::FirstStrong)[0];
    assert!(
        shown.rtl && shown.visual.contains("ERROR_WINHTTP_TIMEOUT, 12002"),
        "{shown:?}"
    );
}
