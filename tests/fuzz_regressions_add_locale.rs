//! Replays the `add_locale` fuzz target's seeds and findings, as
//! tests/fuzz_regressions.rs does for the other targets, in a process of its
//! own: it adds and overrides locales, which the other targets' checks must not
//! see change under them.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

use std::path::Path;

#[test]
fn add_locale_seeds_and_findings() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(dir).join("add_locale")) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| checks::add_locale(&data));
            assert!(outcome.is_ok(), "{} fails", path.display());
            replayed += 1;
        }
    }
    assert!(replayed >= 8, "seeds missing");
}
