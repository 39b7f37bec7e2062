//! The C++ header `include/winhttp_err.hpp`: compiled alone, twice, without exceptions
//! and beside `<windows.h>`/`<winhttp.h>` (MinGW-w64), with g++ and clang++ at
//! `-std=c++17 -Wall -Wextra -Werror -pedantic`; then `tests/cpp/contract.cpp`, which
//! checks every function against the C ABI, built with both compilers and run under
//! several default locales. (Under Wine, with the wide functions: tests/windows.rs.)

mod common;
use common::*;

use std::path::Path;
use std::process::Command;

const FLAGS: &[&str] = &["-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic"];
const MINGW: &str = "x86_64-w64-mingw32-g++";

/// Compiles `source` (C++ text) with `compiler` for syntax only, against include/.
fn syntax_check(compiler: &str, extra: &[&str], source: &str) {
    let dir = scratch("cpp-syntax");
    let file = dir.join(format!("{}.cpp", source.len()));
    std::fs::write(&file, source).unwrap();
    run_ok(
        Command::new(compiler)
            .args(FLAGS)
            .args(extra)
            .arg("-fsyntax-only")
            .arg("-I")
            .arg(root().join("include"))
            .arg(&file),
    );
}

#[test]
fn header_compiles_alone_twice_and_without_exceptions() {
    for compiler in ["g++", "clang++"] {
        syntax_check(compiler, &[], "#include \"winhttp_err.hpp\"\n");
        syntax_check(
            compiler,
            &[],
            "#include \"winhttp_err.hpp\"\n#include \"winhttp_err.hpp\"\n#include \"winhttp_err.h\"\n",
        );
        syntax_check(
            compiler,
            &["-fno-exceptions", "-fno-rtti"],
            "#include \"winhttp_err.hpp\"\n",
        );
    }
}

#[test]
fn header_compiles_with_windows_h_and_winhttp_h() {
    let windows = "#include <windows.h>\n#include <winhttp.h>\n";
    let ours = "#include \"winhttp_err.hpp\"\n";
    for source in [
        ours.to_string(),
        format!("{windows}{ours}"),
        format!("{ours}{windows}"),
        format!("#define WIN32_LEAN_AND_MEAN\n#define NOMINMAX\n{ours}{windows}"),
    ] {
        syntax_check(MINGW, &[], &source);
        syntax_check(MINGW, &["-fno-exceptions"], &source);
    }
    // An old _WIN32_WINNT without TaskDialog: the header falls back to the message box.
    syntax_check(MINGW, &["-D_WIN32_WINNT=0x0501"], ours);
}

fn build_contract(compiler: &str) -> std::path::PathBuf {
    let exe = scratch("cpp").join(format!("contract-{compiler}"));
    let lib = lib_dir();
    run_ok(
        Command::new(compiler)
            .args(FLAGS)
            .args(["-g", "-O1", "-I"])
            .arg(root().join("include"))
            .arg(root().join("tests/cpp/contract.cpp"))
            .arg("-L")
            .arg(&lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lwinhttp_err", "-o"])
            .arg(&exe),
    );
    exe
}

fn run_contract(exe: &Path, env: &[(&str, &str)], expected: &str) {
    let mut cmd = clean_env(exe);
    cmd.arg(expected)
        .arg(root().join("tests/fixtures/rtl"))
        .envs(env.iter().copied());
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("--- {env:?}\n{stdout}");
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "{} {env:?}: {}\n{stdout}{stderr}",
        exe.display(),
        out.status
    );
    let passed: u32 = stdout
        .lines()
        .find_map(|l| l.strip_suffix(" passed, 0 failed"))
        .and_then(|n| n.parse().ok())
        .unwrap();
    // Every code, in four locale requests, with each function: thousands of checks.
    assert!(passed > 4000, "only {passed} checks ran");
}

#[test]
fn contract_against_the_c_abi_with_gcc_and_clang() {
    for compiler in ["g++", "clang++"] {
        let exe = build_contract(compiler);
        for (env, expected) in [
            (&[][..], "en-US"),
            (&[("LC_ALL", "fr_FR.UTF-8")][..], "fr-FR"),
            (&[("LANG", "ja_JP.UTF-8")][..], "ja-JP"),
            (
                &[("LANGUAGE", "is:de"), ("LANG", "en_US.UTF-8")][..],
                "de-DE",
            ),
            (
                &[("LANGUAGE", "en_AU:de"), ("LANG", "en_US.UTF-8")][..],
                "en-GB",
            ),
        ] {
            run_contract(&exe, env, expected);
        }
    }
}

#[test]
fn cpp17_example_uses_the_header() {
    let exe = scratch("cpp").join("winhttp_err_cpp");
    let lib = lib_dir();
    let source = root().join("examples/cpp/winhttp_err.cpp");
    let text = std::fs::read_to_string(&source).unwrap();
    assert!(text.contains("#include \"winhttp_err.hpp\""));
    run_ok(
        Command::new("c++")
            .args(FLAGS)
            .arg("-I")
            .arg(root().join("include"))
            .arg(&source)
            .arg("-L")
            .arg(&lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lwinhttp_err", "-o"])
            .arg(&exe),
    );
    let out = clean_env(&exe)
        .args(["0x80072EE2", "--host", "example.com"])
        .env("LC_ALL", "fr_FR.UTF-8")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    let fr = winhttp_err::Locale::from_tag("fr-FR").unwrap();
    let code = winhttp_err::ErrorCode::new(12002).unwrap();
    let mut want = format!(
        "{}\n{}\n",
        code.title(fr),
        code.summary(fr, Some("example.com"))
    );
    for hint in code.hints(fr) {
        want += &format!("  - {hint}\n");
    }
    want += "retrying may help\n";
    assert_eq!(stdout, want);
    assert_eq!(
        stderr.trim_end(),
        format!("WinHttpSendRequest: {}", code.message(fr))
    );

    let out = clean_env(&exe).arg("54321").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        format!("{}\n", winhttp_err::summary(54321, "en-US", None))
    );
    let out = clean_env(&exe).arg("0xZZ").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
