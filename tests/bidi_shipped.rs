//! The shipped locales as they are (no locale added in this process): each
//! one's direction, and every right-to-left one's text in visual order
//! (tests/common/fribidi.rs). tests/bidi.rs does the same with fixtures.

#[path = "common/fribidi.rs"]
mod fribidi;

use std::path::Path;

use winhttp_err::{Direction, Locale};

/// The shipped locales written right to left.
const RTL: [&str; 2] = ["ar-SA", "he-IL"];

fn shipped(tag: &str) -> bool {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag)
        .is_dir()
}

#[test]
fn shipped_locales_have_their_direction() {
    for locale in Locale::all() {
        let want = if RTL.contains(&locale.tag()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        assert_eq!(locale.direction(), want, "{locale}");
    }
}

#[test]
fn shipped_right_to_left_locales_render_right_to_left() {
    for tag in RTL.into_iter().filter(|t| shipped(t)) {
        let locale = Locale::from_tag(tag).expect("shipped");
        // Every end-user text, each line of it, is in the locale's language.
        let checked = fribidi::check_rtl_locale(locale);
        assert!(checked > 500, "{tag}: {checked} lines checked");
    }
}

#[test]
fn shipped_locales_negotiate() {
    let cases = [
        ("ar-SA", &["ar", "ar-EG", "ar_SA.UTF-8", "ar-Arab-MA"][..]),
        ("he-IL", &["he", "iw", "iw_IL", "he_IL.UTF-8"][..]),
        (
            "zh-TW",
            &["zh-HK", "zh-MO", "zh-Hant", "zh-Hant-HK", "zh_TW.UTF-8"][..],
        ),
    ];
    for (tag, requests) in cases.into_iter().filter(|(t, _)| shipped(t)) {
        for request in requests {
            assert_eq!(Locale::negotiate(request).tag(), tag, "{request}");
        }
    }
    for request in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-HK"] {
        assert_eq!(Locale::negotiate(request).tag(), "zh-CN", "{request}");
    }
}
