//! Helpers shared by the tests that drive the built library from other languages.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The folder holding a freshly built cdylib and staticlib.
///
/// `cargo test` links its tests against the rlib and does not refresh the cdylib in
/// `target/<profile>`, so the C, Python and other FFI tests build it themselves, once
/// per test binary, in a target folder of their own (`target/capi`): the outer cargo
/// holds the lock on its own folder while tests run.
pub fn lib_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .parent()
            .unwrap()
            .join("capi");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        run_ok(
            Command::new(cargo)
                .args(["build", "--lib", "--quiet", "--manifest-path"])
                .arg(root().join("Cargo.toml"))
                .env("CARGO_TARGET_DIR", &target),
        );
        let dir = target.join("debug");
        let lib = dir.join(format!(
            "{}winhttp_err{}",
            std::env::consts::DLL_PREFIX,
            std::env::consts::DLL_SUFFIX
        ));
        assert!(lib.exists(), "{} was not built", lib.display());
        dir
    })
    .clone()
}

/// A scratch folder for this test binary's outputs.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `cmd`, failing the test with its output unless it exits 0.
pub fn run_ok(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("cannot run {cmd:?}: {e} (is the tool installed? .ci/run installs it)")
    });
    assert!(
        out.status.success(),
        "{cmd:?} failed with {}\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A command with the locale variables cleared, so the host's locale cannot leak in.
pub fn clean_env(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut cmd = Command::new(program);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd
}
