//! `scripts/install.sh` into a temporary prefix, then the installed library used the
//! way C and C++ projects use it: C and C++ programs built with `pkg-config --cflags --libs`, a CMake
//! project with `find_package(winhttp_err)` (shared and static targets), the CMake
//! version rules, the soname and symlinks, and the exported symbols.
//!
//! One test function: the steps share one (release) build and one prefix.

mod common;
use common::*;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const MAJOR: u32 = parse(env!("CARGO_PKG_VERSION_MAJOR"));
const MINOR: u32 = parse(env!("CARGO_PKG_VERSION_MINOR"));
const PATCH: u32 = parse(env!("CARGO_PKG_VERSION_PATCH"));

const fn parse(s: &str) -> u32 {
    let (b, mut i, mut n) = (s.as_bytes(), 0, 0);
    while i < b.len() {
        n = n * 10 + (b[i] - b'0') as u32;
        i += 1;
    }
    n
}

/// The soname's version: Cargo's semver rule, 0.y for 0.y.z, x for x.y.z.
fn soversion() -> String {
    if MAJOR == 0 {
        format!("0.{MINOR}")
    } else {
        MAJOR.to_string()
    }
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(run_ok(cmd).stdout).unwrap()
}

/// The `NEEDED` and `SONAME` entries of an ELF file.
fn dynamic_entries(file: &Path) -> (Vec<String>, Option<String>) {
    let out = stdout(Command::new("readelf").args(["-d", "-W"]).arg(file));
    let value = |line: &str| {
        line.rsplit_once('[')
            .unwrap()
            .1
            .trim_end_matches(']')
            .to_owned()
    };
    let needed = out
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .map(value)
        .collect();
    let soname = out.lines().find(|l| l.contains("(SONAME)")).map(value);
    (needed, soname)
}

/// Checks that `lib` exports functions only, all declared in the installed header.
fn assert_exports_only_the_abi(lib: &Path, header: &str) {
    // Every `winhttp_err_…(` in the header: the declared functions.
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let declared: BTreeSet<&str> = header
        .match_indices("winhttp_err_")
        .filter(|&(at, _)| !header[..at].ends_with(ident))
        .filter_map(|(at, _)| {
            let rest = &header[at..];
            let end = rest.find(|c: char| !ident(c)).unwrap_or(rest.len());
            rest[end..].starts_with('(').then(|| &rest[..end])
        })
        .collect();
    assert!(declared.len() >= 8, "{declared:?}");
    let nm = stdout(Command::new("nm").args(["-D", "--defined-only"]).arg(lib));
    let mut exported = BTreeSet::new();
    for line in nm.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [_, kind, name] = fields[..] else {
            panic!("unexpected nm line: {line}")
        };
        assert_eq!(kind, "T", "{} exports non-function {name}", lib.display());
        assert!(
            declared.contains(name),
            "{} exports undocumented {name}",
            lib.display()
        );
        exported.insert(name);
    }
    assert!(
        exported.contains("winhttp_err_name") && exported.len() >= 8,
        "{exported:?}"
    );
}

#[test]
fn installed_library_works_with_pkg_config_and_cmake() {
    let dir = scratch("install");
    let prefix = dir.join("prefix with space");
    let _ = std::fs::remove_dir_all(&prefix);
    let log = stdout(
        Command::new("bash")
            .arg(root().join("scripts/install.sh"))
            .arg("--prefix")
            .arg(&prefix),
    );
    println!("{log}");

    // Files, symlinks and soname.
    let lib = prefix.join("lib");
    let sover = soversion();
    let real = format!("libwinhttp_err.so.{MAJOR}.{MINOR}.{PATCH}");
    let soname = format!("libwinhttp_err.so.{sover}");
    assert_eq!(
        std::fs::read_link(lib.join(&soname)).unwrap(),
        PathBuf::from(&real)
    );
    assert_eq!(
        std::fs::read_link(lib.join("libwinhttp_err.so")).unwrap(),
        PathBuf::from(&soname)
    );
    assert!(lib.join(&real).symlink_metadata().unwrap().is_file());
    assert!(lib.join("libwinhttp_err.a").is_file());
    assert_eq!(
        dynamic_entries(&lib.join(&real)).1.as_deref(),
        Some(soname.as_str())
    );
    let header = std::fs::read_to_string(prefix.join("include/winhttp_err.h")).unwrap();
    assert_eq!(
        header,
        std::fs::read_to_string(root().join("include/winhttp_err.h")).unwrap()
    );

    let hpp = std::fs::read_to_string(prefix.join("include/winhttp_err.hpp")).unwrap();
    assert_eq!(
        hpp,
        std::fs::read_to_string(root().join("include/winhttp_err.hpp")).unwrap()
    );

    // Only the documented ABI leaks out, from the installed and the cargo-built library.
    assert_exports_only_the_abi(&lib.join(&real), &header);
    assert_exports_only_the_abi(&lib_dir().join("libwinhttp_err.so"), &header);

    // pkg-config: version, flags, and a C program built with them.
    let pkg_config = || {
        let mut cmd = Command::new("pkg-config");
        cmd.env("PKG_CONFIG_PATH", lib.join("pkgconfig"));
        cmd
    };
    assert_eq!(
        stdout(pkg_config().args(["--modversion", "winhttp_err"])).trim(),
        VERSION
    );
    let flags = stdout(pkg_config().args(["--cflags", "--libs", "winhttp_err"]));
    let static_libs = stdout(pkg_config().args(["--static", "--libs", "winhttp_err"]));
    assert!(static_libs.contains("-lpthread"), "{static_libs}");
    // The prefix has a space: hand the flags over with their escapes undone.
    let flags: Vec<String> = flags
        .replace("\\ ", "\u{0}")
        .split_whitespace()
        .map(|f| f.replace('\u{0}', " "))
        .collect();
    let report = dir.join("report-pkg-config");
    run_ok(
        Command::new("cc")
            .args(["-std=c99", "-Wall", "-Wextra", "-Werror"])
            .arg(root().join("examples/c/report.c"))
            .args(&flags)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-o")
            .arg(&report),
    );
    assert!(
        dynamic_entries(&report).0.contains(&soname),
        "links to {soname}"
    );
    let out = stdout(clean_env(&report).args(["0x80072EE2", "fr-FR"]));
    assert!(out.contains("name:     ERROR_WINHTTP_TIMEOUT"), "{out}");
    assert!(out.contains("report:   Le délai d’attente"), "{out}");
    // The C++ header through the same flags.
    let report_cpp = dir.join("report-cpp-pkg-config");
    run_ok(
        Command::new("c++")
            .args(["-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic"])
            .arg(root().join("examples/cpp/winhttp_err.cpp"))
            .args(&flags)
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-o")
            .arg(&report_cpp),
    );
    let out = clean_env(&report_cpp)
        .arg("0x80072EE2")
        .env("LC_ALL", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Délai de connexion dépassé\n"), "{text}");

    // CMake: the example project, shared and static, built out of tree.
    let build = dir.join("cmake-build");
    let _ = std::fs::remove_dir_all(&build);
    let configure = stdout(
        Command::new("cmake")
            .arg("-S")
            .arg(root().join("examples/cmake"))
            .arg("-B")
            .arg(&build)
            .arg(format!("-DCMAKE_PREFIX_PATH={}", prefix.display())),
    );
    assert!(
        configure.contains(&format!(
            "winhttp_err {VERSION} from {}",
            lib.join("cmake/winhttp_err").display()
        )),
        "{configure}"
    );
    run_ok(Command::new("cmake").arg("--build").arg(&build));
    let shared = build.join("report");
    let (needed, _) = dynamic_entries(&shared);
    assert!(needed.contains(&soname), "{needed:?}");
    let (needed, _) = dynamic_entries(&build.join("report_static"));
    assert!(
        !needed.iter().any(|n| n.contains("winhttp_err")),
        "{needed:?}"
    );
    let out = clean_env(build.join("report_cpp"))
        .args(["12029", "--host", "example.com"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("example.com"), "{text}");
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("WinHttpSendRequest: "),
        "{out:?}"
    );
    for exe in [shared, build.join("report_static")] {
        let out = stdout(clean_env(&exe).args(["12029", "is,fr"]));
        assert!(out.contains("language: fr-FR"), "{out}");
        assert!(
            out.contains("name:     ERROR_WINHTTP_CANNOT_CONNECT"),
            "{out}"
        );
    }

    // CMake version rules: what this install satisfies, and what it must not.
    let cases = [
        (String::new(), true),
        (format!("{MAJOR}.{MINOR}"), true),
        (VERSION.to_owned(), true),
        (format!("{MAJOR}.{MINOR}...<{MAJOR}.{}", MINOR + 2), true),
        (format!("{MAJOR}.{MINOR}.{}", PATCH + 1), false),
        (format!("{MAJOR}.{}", MINOR + 1), false),
        (format!("{}.0", MAJOR + 1), false),
        (format!("{}.0...<{}.0", MAJOR + 1, MAJOR + 2), false),
    ];
    let mut script =
        String::from("cmake_minimum_required(VERSION 3.19)\nproject(versions LANGUAGES C)\n");
    for (i, (request, _)) in cases.iter().enumerate() {
        script += &format!(
            "unset(winhttp_err_DIR CACHE)\nfind_package(winhttp_err {request} QUIET)\n\
             message(STATUS \"case {i}: ${{winhttp_err_FOUND}}\")\n"
        );
    }
    let project = dir.join("cmake-versions");
    // A cache from an earlier run elsewhere (a moved checkout) stops cmake.
    let _ = std::fs::remove_dir_all(project.join("build"));
    std::fs::create_dir_all(&project).unwrap();
    std::fs::write(project.join("CMakeLists.txt"), script).unwrap();
    let out = stdout(
        Command::new("cmake")
            .arg("-S")
            .arg(&project)
            .arg("-B")
            .arg(project.join("build"))
            .arg(format!("-DCMAKE_PREFIX_PATH={}", prefix.display())),
    );
    for (i, (request, found)) in cases.iter().enumerate() {
        let want = format!("case {i}: {}", if *found { "1" } else { "0" });
        assert!(
            out.contains(&want),
            "find_package(winhttp_err {request}): want {want}\n{out}"
        );
    }
}
