//! The language bindings of `bindings/`: each package built as a user gets it (a wheel,
//! an npm tarball, a NuGet package, a Go module), installed in a scratch place and
//! tested there, by `bash bindings/test.sh <language>` (see that script). One test per
//! language, run one at a time: they share one release build of the C library
//! (`bindings/native.sh`).

mod common;
use common::*;

use std::sync::Mutex;
use std::time::Instant;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn bindings_test(language: &str) {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let started = Instant::now();
    let out = run_ok(
        clean_env("bash")
            .arg(root().join("bindings/test.sh"))
            .arg(language),
    );
    println!("{}", String::from_utf8_lossy(&out.stdout));
    println!("bindings/test.sh {language}: {:.1?}", started.elapsed());
}

#[test]
fn python_wheel_in_a_fresh_venv() {
    bindings_test("python");
}

#[test]
fn node_package_in_a_scratch_project() {
    bindings_test("node");
}

#[test]
fn dotnet_nuget_package_with_mono() {
    bindings_test("dotnet");
}

#[test]
fn go_module_against_an_installed_prefix() {
    bindings_test("go");
}

/// Every package carries the crate's version, which the library reports at run time (the
/// wheel takes its version from `__version__`; the Node.js platform packages from the
/// main package.json, in pack.sh).
#[test]
fn package_versions_follow_cargo_toml() {
    let version = env!("CARGO_PKG_VERSION");
    for (file, line) in [
        (
            "bindings/python/pyproject.toml",
            "dynamic = [\"version\"]".to_string(),
        ),
        (
            "bindings/python/src/winhttp_err/__init__.py",
            format!("__version__ = \"{version}\""),
        ),
        (
            "bindings/node/package.json",
            format!("\"version\": \"{version}\""),
        ),
        (
            "bindings/dotnet/WinHttpErr.nuspec",
            format!("<version>{version}</version>"),
        ),
        (
            "bindings/dotnet/WinHttpErr/WinHttpErr.csproj",
            format!("<Version>{version}</Version>"),
        ),
    ] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        assert!(text.contains(&line), "{file} lacks {line}");
    }
}
