//! Building the C test programs of tests/c/ against the freshly built cdylib.

use std::path::PathBuf;
use std::process::Command;

use crate::common::{lib_dir, root, run_ok, scratch};

/// Compiles `tests/c/<name>.c` (one test binary per program: the output path is shared) (C99, warnings as errors, debug info for
/// valgrind's reports) into this test binary's scratch folder, linked to the
/// cdylib with an rpath; returns the executable.
pub fn build(name: &str) -> PathBuf {
    let out = scratch(&format!("cc-{name}")).join(name);
    let lib = lib_dir();
    run_ok(
        Command::new("cc")
            .args([
                "-std=c99",
                "-g",
                "-O1",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-I",
            ])
            .arg(root().join("include"))
            .arg(root().join("tests/c").join(format!("{name}.c")))
            .arg("-L")
            .arg(&lib)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lwinhttp_err", "-lpthread", "-o"])
            .arg(&out),
    );
    out
}
