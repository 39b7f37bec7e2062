//! Every code's value is the Windows SDK's: MinGW-w64's `winerror.h`, `winsock2.h`
//! and `winhttp.h` define each catalogue name, and the compiler checks each value
//! with a static assertion. `.ci/run` installs MinGW-w64; a missing compiler fails
//! the test, never skips it.
//!
//! A few names are newer than MinGW-w64's `winhttp.h`; they are listed here with
//! the value the Windows SDK's `winhttp.h` gives them, and the test fails once
//! MinGW-w64 defines them, so that their values get checked too.

use std::fmt::Write as _;
use std::process::Command;

use winhttp_err::ErrorCode;

/// Names the Windows SDK's `winhttp.h` defines but MinGW-w64's does not (yet).
const NOT_IN_MINGW: &[&str] = &[
    "ERROR_WINHTTP_GLOBAL_CALLBACK_FAILED",
    "ERROR_WINHTTP_FEATURE_DISABLED",
    "ERROR_WINHTTP_FAST_FORWARDING_NOT_SUPPORTED",
];

#[test]
fn every_value_is_the_windows_headers_value() {
    let mut c = String::from("#include <winsock2.h>\n#include <windows.h>\n#include <winhttp.h>\n");
    for code in ErrorCode::all() {
        let name = code.name();
        let value = code.code();
        writeln!(
            c,
            "#ifdef {name}\n_Static_assert((unsigned long)({name}) == {value}UL, \"{name} is {value}\");\n\
             #else\n#pragma message(\"undefined: {name}\")\n#endif"
        )
        .unwrap();
    }
    let dir = std::env::temp_dir().join(format!("winhttp-err-headers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("values.c");
    std::fs::write(&file, &c).unwrap();
    let out = Command::new("x86_64-w64-mingw32-gcc")
        .args(["-std=c11", "-fsyntax-only"])
        .arg(&file)
        .output()
        .expect("x86_64-w64-mingw32-gcc (MinGW-w64) is needed; .ci/run installs it");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "the headers disagree:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut undefined: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.split("undefined: ").nth(1))
        .map(|rest| rest.trim_end_matches(['"', ')', '\u{2019}', '\'']))
        .collect();
    undefined.sort_unstable();
    undefined.dedup();
    let mut expected = NOT_IN_MINGW.to_vec();
    expected.sort_unstable();
    assert_eq!(undefined, expected, "{stderr}");
    assert!(ErrorCode::all().any(|c| c.name() == "WSAHOST_NOT_FOUND"));
}
