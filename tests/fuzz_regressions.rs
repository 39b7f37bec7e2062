//! Replays the fuzz targets' seeds and every saved finding through the same
//! checks the fuzzers run (fuzz/src/lib.rs), so each finding stays a regression
//! test of the normal suite and the checks themselves build on stable.
//! Add a finding by copying its crash file into fuzz/regressions/<target>/.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    // Every buffer size, not the fuzzer's few.
    checks::FULL_SWEEP.store(true, std::sync::atomic::Ordering::Relaxed);
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(dir).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{} fails", path.display());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no seeds for {target}");
}

#[test]
fn locales_seeds_and_findings() {
    replay("locales", checks::locales);
}

#[test]
fn ffi_seeds_and_findings() {
    replay("ffi", checks::ffi);
}

#[test]
fn reverse_seeds_and_findings() {
    replay("reverse", checks::reverse);
}

#[test]
fn ffi_w_seeds_and_findings() {
    replay("ffi_w", checks::ffi_w);
}

#[test]
fn text_seeds_and_findings() {
    replay("text", checks::text);
}
