//! The C++ example, built and run against the freshly built cdylib, with its output
//! checked. (C: tests/c_abi.rs; Python, Node.js, .NET and Go: the packages of
//! bindings/, tested as installed by tests/bindings.rs.)

mod common;
use common::*;

use std::process::Command;

#[test]
fn cpp17_example_with_string_views() {
    let exe = scratch("examples").join("winhttp_err_cpp");
    let lib = lib_dir();
    run_ok(
        Command::new("c++")
            .args([
                "-std=c++17",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-I",
            ])
            .arg(root().join("include"))
            .arg(root().join("examples/cpp/winhttp_err.cpp"))
            .arg("-L")
            .arg(&lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lwinhttp_err", "-o"])
            .arg(&exe),
    );
    let out = clean_env(&exe)
        .args(["fr-CA", "12002", "0x80072EFD", "-2147012894", "54321"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "54321 is unknown");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        concat!(
            "locale: fr-FR (library ",
            env!("CARGO_PKG_VERSION"),
            ", 78 codes)"
        )
    );
    assert_eq!(
        lines[1],
        "longest name: ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW (51 characters)"
    );
    assert!(
        lines[2].starts_with("ERROR_WINHTTP_TIMEOUT (12002): Le délai d’attente"),
        "{stdout}"
    );
    assert_eq!(
        lines[3],
        "ERROR_WINHTTP_CANNOT_CONNECT (0x80072EFD): La connexion au serveur n’a pas pu être établie."
    );
    assert!(
        lines[4].starts_with("ERROR_WINHTTP_TIMEOUT (-2147012894): Le délai"),
        "{stdout}"
    );
    assert_eq!(
        lines[5],
        "Erreur WinHTTP inconnue\u{a0}: 54321 (0x0000D431)."
    );
    assert_eq!(lines.len(), 6, "{stdout}");

    let out = clean_env(&exe).args(["en", "0xZZ"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
