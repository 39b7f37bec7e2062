//! The C++ and Node.js examples, built and run against the freshly built cdylib,
//! with their output checked. (C: tests/c_abi.rs; Python: tests/python.rs.)

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
            ", 62 codes)"
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

/// `npm ci` of examples/node/package-lock.json into a scratch folder (the source
/// tree stays clean); returns its node_modules.
fn node_modules() -> std::path::PathBuf {
    let dir = scratch("examples/node");
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root().join("examples/node").join(file), dir.join(file)).unwrap();
    }
    run_ok(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir),
    );
    dir.join("node_modules")
}

#[test]
fn node_example_through_koffi() {
    let modules = node_modules();
    let node = |args: &[&str]| {
        let mut cmd = clean_env("node");
        cmd.args(args)
            .env("NODE_PATH", &modules)
            .env("WINHTTP_ERR_LIB", cdylib());
        cmd
    };
    let script = root().join("examples/node/winhttp_err.js");
    let script = script.to_str().unwrap();

    let out = run_ok(&mut node(&[script, "0x80072EE2", "fr-CA"]));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("[fr-FR] Le délai d’attente"), "{stdout}");
    assert!(
        stdout
            .trim_end()
            .ends_with("(ERROR_WINHTTP_TIMEOUT, 12002)"),
        "{stdout}"
    );

    let out = run_ok(&mut node(&[script, "-2147012867"]));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "[en-US] The connection to the server could not be established. (ERROR_WINHTTP_CANNOT_CONNECT, 12029)\n"
    );

    let out = node(&[script, "54321", "fr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "[fr-FR] Erreur WinHTTP inconnue\u{a0}: 54321 (0x0000D431).\n"
    );

    // The module's API, as a Node program would use it.
    let api = format!(
        "const w = require({script:?});
         const all = w.codes();
         const checks = [
           all.length === 62 && all[0] === 6 && all[61] === 12193,
           w.name(0x80072EE2) === 'ERROR_WINHTTP_TIMEOUT' && w.name(5) === null,
           w.code('error_winhttp_cannot_connect') === 12029 && w.code('nope') === null,
           w.message(12002, 'de, fr;q=0.8').startsWith('Le délai'),
           w.message(54321) === null,
           w.locale('fr_CA.UTF-8') === 'fr-FR' && w.locale('zz') === 'en-US',
           w.version() === {version:?},
           all.every((c) => w.message(c, 'fr').length > 0),
         ];
         console.log(checks.map((ok) => (ok ? 'ok' : 'FAIL')).join(' '));",
        version = env!("CARGO_PKG_VERSION")
    );
    let out = run_ok(&mut node(&["-e", &api]));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        ["ok"; 8].join(" ")
    );
}
