//! A tour of the embedded locales: a few codes, as a Win32 code and as an HRESULT,
//! in each shipped language (what a developer reads, then what an end user's
//! dialog shows) and through a few locale requests.
//!
//!     cargo run --release --example demo

use winhttp_err::{ErrorCode, Locale};

fn main() {
    let shipped: Vec<&str> = Locale::all().map(Locale::tag).collect();
    println!(
        "winhttp-err {}: {} codes, locales {shipped:?}",
        env!("CARGO_PKG_VERSION"),
        ErrorCode::all().len()
    );
    println!("process default locale: {}\n", Locale::system());

    for code in [12002, 0x8007_2EFD, 12175, 12183, 8] {
        let known = ErrorCode::new(code).expect("demo codes are known");
        println!(
            "{code:#010X} → {} = {} (HRESULT {:#010X})",
            known.name(),
            known.code(),
            known.hresult()
        );
        println!(
            "  category {}, transient: {}",
            known.category(),
            known.is_transient()
        );
        for locale in Locale::all() {
            println!("  [{locale}] {}", known.message(locale));
            println!("  [{locale}]   title:   {}", known.title(locale));
            let summary = known.summary(locale, Some("example.com"));
            println!("  [{locale}]   summary: {summary}");
            for hint in known.hints(locale) {
                println!("  [{locale}]   - {hint}");
            }
        }
    }

    println!("\nLocale requests:");
    for request in [
        "fr-BE",
        "fr_CA.UTF-8",
        "de-DE, fr;q=0.8, en;q=0.5",
        "de:fr",
        "en-GB",
        "zz",
        "C",
    ] {
        println!("  {request:<28} → {}", Locale::negotiate(request));
    }

    println!("\nReport lines:");
    for (code, request) in [
        (12029, "en-US"),
        (12029, "fr-FR"),
        (54321, "en"),
        (54321, "fr"),
    ] {
        println!("  [{request}] {}", winhttp_err::report(code, request));
    }
}
