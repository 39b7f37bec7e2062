//! Runs the Python ctypes test (tests/python/test_ctypes.py) and the Python example
//! against the freshly built cdylib.

mod common;
use common::*;

#[test]
fn python_ctypes_contract() {
    for (lang, expected) in [(None, "en-US"), (Some("fr_FR.UTF-8"), "fr-FR")] {
        let mut cmd = clean_env("python3");
        cmd.arg(root().join("tests/python/test_ctypes.py"))
            .env("WINHTTP_ERR_LIB", cdylib())
            .env("EXPECTED_DEFAULT", expected);
        if let Some(lang) = lang {
            cmd.env("LANG", lang);
        }
        let out = run_ok(&mut cmd);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    }
}

#[test]
fn python_example_prints_a_localized_report() {
    let out = run_ok(
        clean_env("python3")
            .arg(root().join("examples/python/winhttp_err.py"))
            .args(["0x80072EE2", "fr-CA"])
            .env("WINHTTP_ERR_LIB", cdylib()),
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("[fr-FR] Le délai d’attente"), "{stdout}");
    assert!(
        stdout
            .trim_end()
            .ends_with("(ERROR_WINHTTP_TIMEOUT, 12002)"),
        "{stdout}"
    );
}
