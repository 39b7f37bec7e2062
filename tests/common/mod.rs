//! Helpers shared by the tests that drive the built library from other languages.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The folder holding the cdylib `cargo test` just built: `target/<profile>/deps`,
/// next to this test binary. (`cargo test` does not copy the library up to
/// `target/<profile>` as `cargo build` does, so a fresh clone has none there, and an
/// older one there may be stale. A cdylib's name in deps carries no hash.)
pub fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().to_path_buf();
    let lib = dir.join(format!(
        "{}winhttp_err{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ));
    assert!(lib.exists(), "{} was not built", lib.display());
    dir
}

/// The cdylib itself, in [`lib_dir`].
pub fn cdylib() -> PathBuf {
    lib_dir().join(format!(
        "{}winhttp_err{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ))
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

/// `winhttp_err_add_locale(tag, ftl)`, through the C ABI: (status, the `err` line).
pub fn add_locale(tag: &str, ftl: &[u8]) -> (u32, String) {
    let tag = std::ffi::CString::new(tag).unwrap();
    let mut err = [0x55 as std::ffi::c_char; 512];
    // SAFETY: a valid string; `ftl` and `err` are valid for their lengths.
    let status = unsafe {
        winhttp_err::ffi::winhttp_err_add_locale(
            tag.as_ptr(),
            ftl.as_ptr().cast(),
            ftl.len(),
            err.as_mut_ptr(),
            err.len(),
        )
    };
    // SAFETY: the call NUL-terminated `err`.
    let err = unsafe { std::ffi::CStr::from_ptr(err.as_ptr()) };
    (status, err.to_str().unwrap().to_owned())
}
