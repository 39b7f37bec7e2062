//! Windows, for real, under Wine, for x64 and x86: runs `scripts/dist-windows.sh`
//! once, unpacks its zips and tests what they hold:
//! - the layout of each zip, its reproducibility, the DLL's size and machine type,
//!   and that it exports exactly the functions of `include/winhttp_err.def` (and of
//!   the header);
//! - the VERSIONINFO of the DLL and the command, read back with
//!   `GetFileVersionInfoW`/`VerQueryValueW` (`tests/windows/version_info.c`);
//! - `tests/windows/contract_win.c` (+ `order.c`), compiled with MinGW-w64 against the
//!   zip's import library, once per Windows user language, under 64- and 32-bit Wine;
//! - `tests/windows/msvc_link.c`, linked the MSVC way (clang in MSVC mode, lld) against
//!   `lib/winhttp_err.lib`, with no C runtime;
//! - `winhttp-err.exe` in the Windows user's language, from a pipe, and its `--json`
//!   byte for byte the Linux command's;
//! - `examples/windows/error_dialog.c` in print mode, linked through an import
//!   library made from the `.def` file, and added locale folders with UTF-8 paths (x64);
//! - the C++ header's contract (`tests/cpp/contract.cpp`, wide functions included) as
//!   each Windows user language, and `show_error_dialog` (`tests/windows/dialog_cpp.cpp`).
//!
//! Needs MinGW-w64 (x86_64 and i686), Wine with wine32 (`/usr/lib/wine/wine64`, or
//! `$WINE`), clang, lld, llvm-dlltool, python3 and the Rust targets: `.ci/run` installs
//! them. A missing tool fails the test, never skips it.
//!
//! The script's nested cargo builds in `target/windows-dist` and `target/windows-dist-cli`,
//! folders of its own, which the .NET package and the Go tests reuse (`bindings/windows.sh`),
//! so it never waits on the outer cargo's lock and reruns are no-ops. Wine runs in one fresh
//! prefix under `target/tmp/windows`, with `WINEDEBUG=-all`.

mod common;
use common::{clean_env, root, run_ok, scratch};

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

use winhttp_err::{ErrorCode, Locale};

const C_FLAGS: &[&str] = &[
    "-std=c99",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-O2",
];
const INSTALL_HINT: &str = "the Windows tests need MinGW-w64 (x86_64 and i686), Wine with \
    wine32, clang, lld, llvm-dlltool, python3 and the Rust targets x86_64-pc-windows-gnu and \
    i686-pc-windows-gnu; `bash .ci/run` installs them (apt-get install gcc-mingw-w64-x86-64 \
    gcc-mingw-w64-i686 wine64 wine32:i386 clang lld llvm; rustup target add …)";

/// The two architectures of the release zips.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Arch {
    X64,
    X86,
}

impl Arch {
    const ALL: [Arch; 2] = [Arch::X64, Arch::X86];
    fn target(self) -> &'static str {
        match self {
            Arch::X64 => "x86_64-pc-windows-gnu",
            Arch::X86 => "i686-pc-windows-gnu",
        }
    }
    /// The name in the zip's file name.
    fn zip_name(self) -> &'static str {
        match self {
            Arch::X64 => "x86_64",
            Arch::X86 => "i686",
        }
    }
    /// A MinGW-w64 tool: `gcc`, `objdump`, `dlltool`.
    fn tool(self, name: &str) -> String {
        match self {
            Arch::X64 => format!("x86_64-w64-mingw32-{name}"),
            Arch::X86 => format!("i686-w64-mingw32-{name}"),
        }
    }
    /// objdump's name of the PE format.
    fn pe_format(self) -> &'static str {
        match self {
            Arch::X64 => "pei-x86-64",
            Arch::X86 => "pei-i386",
        }
    }
    fn msvc_target(self) -> &'static str {
        match self {
            Arch::X64 => "x86_64-pc-windows-msvc",
            Arch::X86 => "i686-pc-windows-msvc",
        }
    }
}

/// The release zips, built once per test binary, and where they are unpacked.
struct Dist {
    out: PathBuf,
    unpacked: PathBuf,
}

/// Wine and its prefix, booted once for both architectures.
struct Wine {
    wine: PathBuf,
    prefix: PathBuf,
}

/// What the Wine tests of one architecture share.
struct Windows {
    arch: Arch,
    /// The unpacked zip: `bin/`, `lib/`, `include/`…
    pkg: PathBuf,
    /// Where the test programs run: the DLL and the test-only ProcessPrng shim beside them.
    run: PathBuf,
    wine: PathBuf,
    prefix: PathBuf,
}

/// `init()` once; a failed one fails every caller with the same message, without retrying.
fn once<T>(cell: &'static OnceLock<Result<T, String>>, init: fn() -> T) -> &'static T {
    let value = cell.get_or_init(|| {
        std::panic::catch_unwind(init).map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        })
    });
    match value {
        Ok(v) => v,
        Err(e) => panic!("Windows setup failed: {e}"),
    }
}

fn windows() -> &'static Windows {
    static SETUP: OnceLock<Result<Windows, String>> = OnceLock::new();
    once(&SETUP, || setup(Arch::X64))
}

fn windows_x86() -> &'static Windows {
    static SETUP: OnceLock<Result<Windows, String>> = OnceLock::new();
    once(&SETUP, || setup(Arch::X86))
}

fn for_arch(arch: Arch) -> &'static Windows {
    match arch {
        Arch::X64 => windows(),
        Arch::X86 => windows_x86(),
    }
}

/// Fails (with the install hint) unless `program --version` runs.
fn require(program: &Path) {
    let ok = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(ok, "{} is missing: {INSTALL_HINT}", program.display());
}

fn wine_binary() -> PathBuf {
    if let Some(wine) = std::env::var_os("WINE") {
        return wine.into();
    }
    let debian = Path::new("/usr/lib/wine/wine64");
    if debian.exists() {
        return debian.into();
    }
    "wine64".into()
}

/// The crate's version, as the zips name it.
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

fn zip_stem(arch: Arch) -> String {
    format!("winhttp-err-{}-windows-{}", version(), arch.zip_name())
}

fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Runs `scripts/dist-windows.sh` into `out`, with the nested builds in `target/`.
fn run_dist(out: &Path) {
    run_ok(
        Command::new("bash")
            .arg(root().join("scripts/dist-windows.sh"))
            .arg(out)
            .env("CARGO_TARGET_DIR", target_dir())
            .current_dir(root()),
    );
}

fn dist() -> &'static Dist {
    static DIST: OnceLock<Result<Dist, String>> = OnceLock::new();
    once(&DIST, || {
        for arch in Arch::ALL {
            for tool in ["gcc", "g++", "objdump", "dlltool"] {
                require(Path::new(&arch.tool(tool)));
            }
            let libdir = Command::new("rustc")
                .args(["--print", "target-libdir", "--target", arch.target()])
                .output()
                .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
                .unwrap_or_default();
            let has_std = std::fs::read_dir(&libdir).is_ok_and(|mut files| {
                files.any(|f| {
                    f.is_ok_and(|f| f.file_name().to_string_lossy().starts_with("libstd-"))
                })
            });
            assert!(
                has_std,
                "Rust target {} is not installed: {INSTALL_HINT}",
                arch.target()
            );
        }
        for tool in ["llvm-dlltool", "clang", "lld-link", "python3"] {
            let ok = Command::new(tool)
                .arg(if tool == "lld-link" {
                    "/?"
                } else {
                    "--version"
                })
                .output()
                .is_ok();
            assert!(ok, "{tool} is missing: {INSTALL_HINT}");
        }
        let started = Instant::now();
        let tmp = scratch("windows");
        let out = tmp.join("dist");
        let _ = std::fs::remove_dir_all(&out);
        run_dist(&out);
        println!("scripts/dist-windows.sh: {:.1?}", started.elapsed());
        let unpacked = tmp.join("unpacked");
        let _ = std::fs::remove_dir_all(&unpacked);
        for arch in Arch::ALL {
            run_ok(
                Command::new("python3")
                    .args(["-m", "zipfile", "-e"])
                    .arg(out.join(format!("{}.zip", zip_stem(arch))))
                    .arg(&unpacked),
            );
        }
        Dist { out, unpacked }
    })
}

fn wine() -> &'static Wine {
    static WINE: OnceLock<Result<Wine, String>> = OnceLock::new();
    once(&WINE, || {
        let wine = wine_binary();
        require(&wine);
        // A fresh Wine prefix: stop a server left from an earlier run of it, then boot.
        let started = Instant::now();
        let prefix = scratch("windows").join("wineprefix");
        let server = ["wineserver64", "wineserver"]
            .map(|s| wine.with_file_name(s))
            .into_iter()
            .find(|s| s.exists())
            .unwrap_or_else(|| "wineserver".into());
        if prefix.exists() {
            let _ = Command::new(&server)
                .arg("-k")
                .env("WINEPREFIX", &prefix)
                .output();
            std::fs::remove_dir_all(&prefix).unwrap();
        }
        std::fs::create_dir_all(&prefix).unwrap();
        // Our own server, detached from our pipes: the one a first `wine` would start
        // (and wineboot's services) would keep a captured stderr open until it exits.
        // It lingers 10 s after the last Windows process, then quits.
        let status = Command::new(&server)
            .arg("-p10")
            .env("WINEPREFIX", &prefix)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("cannot run {}: {e} ({INSTALL_HINT})", server.display()));
        assert!(status.success(), "{} -p10: {status}", server.display());
        let log = prefix.with_file_name("wineboot.log");
        let file = std::fs::File::create(&log).unwrap();
        let status = wine_command(&wine, &prefix, "wineboot")
            .arg("--init")
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .status()
            .unwrap();
        assert!(
            status.success(),
            "wineboot --init: {status}\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        println!("wineboot of a fresh prefix: {:.1?}", started.elapsed());
        Wine { wine, prefix }
    })
}

/// `wine program` with no locale variable of the host.
fn wine_command(wine: &Path, prefix: &Path, program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut cmd = clean_env(wine);
    cmd.arg(program)
        .env("WINEPREFIX", prefix)
        .env("WINEDEBUG", "-all")
        // No Mono/Gecko installer prompts: nothing here needs .NET or HTML.
        .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
        .env_remove("DISPLAY")
        .env_remove("WINHTTP_ERR_PRINT");
    cmd
}

fn setup(arch: Arch) -> Windows {
    let dist = dist();
    let wine = wine();
    let pkg = dist.unpacked.join(zip_stem(arch));
    let run = scratch(&format!("windows-{}", arch.zip_name()));
    std::fs::copy(pkg.join("bin/winhttp_err.dll"), run.join("winhttp_err.dll")).unwrap();
    // Test-only: Wine 8 lacks bcryptprimitives.dll (see the shim's source).
    run_ok(
        Command::new(arch.tool("gcc"))
            .args(C_FLAGS)
            .arg("-shared")
            .arg(root().join("tests/windows/process_prng_shim.c"))
            // x86: exported as "ProcessPrng", as std imports it, not stdcall's "ProcessPrng@8".
            .args(["-Wl,--kill-at", "-ladvapi32", "-o"])
            .arg(run.join("bcryptprimitives.dll")),
    );
    Windows {
        arch,
        pkg,
        run,
        wine: wine.wine.clone(),
        prefix: wine.prefix.clone(),
    }
}

impl Windows {
    /// `wine program`, in the run folder, with no locale variable of the host.
    fn wine_cmd(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = wine_command(&self.wine, &self.prefix, program);
        cmd.current_dir(&self.run);
        cmd
    }

    /// Runs `exe` under Wine with the Windows user language Wine derives from
    /// `posix_locale`. Wine reads it from `setlocale(LC_MESSAGES)`, or from
    /// `LC_ALL` itself when the host lacks that locale (as on a fresh CI machine):
    /// setting both makes the result independent of the host's installed locales.
    fn run_as(&self, posix_locale: &str, exe: &str, args: &[&str]) -> Output {
        let mut cmd = self.wine_cmd(exe);
        cmd.args(args)
            .env("LC_ALL", posix_locale)
            .env("LANG", posix_locale);
        cmd.output()
            .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} ({INSTALL_HINT})"))
    }

    /// The zip's DLL.
    fn dll(&self) -> PathBuf {
        self.pkg.join("bin/winhttp_err.dll")
    }

    /// The zip's MinGW-w64 import library.
    fn import_lib(&self) -> PathBuf {
        self.pkg.join("lib/libwinhttp_err.dll.a")
    }

    /// Compiles C `sources` to `exe` in the run folder, against the header.
    fn compile(&self, exe: &str, sources: &[PathBuf], link: &[&std::ffi::OsStr]) {
        run_ok(
            Command::new(self.arch.tool("gcc"))
                .args(C_FLAGS)
                .arg("-I")
                .arg(self.pkg.join("include"))
                .args(sources)
                .args(link)
                .arg("-o")
                .arg(self.run.join(exe)),
        );
    }
}

/// Compiles the C++ `source` to `exe` in the run folder, against both headers, linked
/// to the DLL; libstdc++ and libgcc linked in, so that only system DLLs and ours are
/// needed beside it.
fn compile_cpp(w: &Windows, exe: &str, source: &Path, extra: &[&str]) {
    run_ok(
        Command::new(w.arch.tool("g++"))
            .args([
                "-std=c++17",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-O2",
                "-static",
            ])
            .args(extra)
            .arg("-I")
            .arg(w.pkg.join("include"))
            .arg(source)
            .arg(w.import_lib())
            .arg("-o")
            .arg(w.run.join(exe)),
    );
}

#[test]
fn cpp_header_under_wine_as_each_windows_user() {
    let w = windows();
    compile_cpp(
        w,
        "contract_cpp.exe",
        &root().join("tests/cpp/contract.cpp"),
        &[],
    );
    for (posix, expected) in [
        ("fr_FR.UTF-8", "fr-FR"),
        ("en_US.UTF-8", "en-US"),
        ("ja_JP.UTF-8", "ja-JP"),
    ] {
        let rtl = format!(
            "Z:{}",
            root()
                .join("tests/fixtures/rtl")
                .display()
                .to_string()
                .replace('/', "\\")
        );
        let out = w.run_as(posix, "contract_cpp.exe", &[expected, &rtl]);
        let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        let stderr = String::from_utf8_lossy(&out.stderr);
        println!("--- contract_cpp.exe as {posix}\n{stdout}");
        assert!(
            out.status.success() && stdout.contains(" passed, 0 failed"),
            "{posix}: {}\n{stdout}{stderr}",
            out.status
        );
    }

    // show_error_dialog in one call. Without a display Wine shows nothing: the call
    // must still return (an HRESULT, no crash, no hang). What it looks like:
    // `../shared/tools/wine-shot out.png --lang fr_FR.UTF-8 dialog_cpp.exe 12002 example.com`.
    compile_cpp(
        w,
        "dialog_cpp.exe",
        &root().join("tests/windows/dialog_cpp.cpp"),
        &["-municode"],
    );
    let imports = run_ok(
        Command::new(w.arch.tool("objdump"))
            .arg("-p")
            .arg(w.run.join("dialog_cpp.exe")),
    );
    let imports = String::from_utf8_lossy(&imports.stdout);
    // TaskDialogIndirect is looked up at run time: no import of comctl32.
    assert!(imports.contains("DLL Name: USER32.dll"), "{imports}");
    assert!(
        !imports.to_ascii_lowercase().contains("comctl32"),
        "{imports}"
    );
    for code in ["12002", "54321"] {
        let out = w.run_as("fr_FR.UTF-8", "dialog_cpp.exe", &[code, "example.com"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.starts_with("show_error_dialog: 0x"),
            "{code}: {stdout}"
        );
    }
}

/// The exported functions, in the order of the header.
fn header_functions() -> Vec<String> {
    let header = std::fs::read_to_string(root().join("include/winhttp_err.h")).unwrap();
    header
        .lines()
        .filter(|l| !l.starts_with([' ', '*', '/', '#']) && l.ends_with(");"))
        .filter_map(|l| {
            let start = l.find("winhttp_err_")?;
            let end = start + l[start..].find('(')?;
            Some(l[start..end].to_string())
        })
        .collect()
}

fn def_text() -> String {
    let mut def = String::from(
        "; winhttp_err.def: the exports of winhttp_err.dll, for linkers that want an import\n\
         ; library of their own. MSVC: lib /def:winhttp_err.def /machine:x64 /out:winhttp_err.lib\n\
         ; Generated from include/winhttp_err.h by tests/windows.rs; do not edit. Regenerate with\n\
         ; WINHTTP_ERR_BLESS=1 cargo test --test windows def_file\n\
         LIBRARY winhttp_err.dll\n\
         EXPORTS\n",
    );
    for f in header_functions() {
        def += &format!("    {f}\n");
    }
    def
}

fn def_exports() -> Vec<String> {
    let def = std::fs::read_to_string(root().join("include/winhttp_err.def")).unwrap();
    let exports = def.split_once("\nEXPORTS\n").expect("an EXPORTS section").1;
    exports.split_whitespace().map(String::from).collect()
}

#[test]
fn def_file_lists_exactly_the_header_functions() {
    let path = root().join("include/winhttp_err.def");
    let fresh = def_text();
    if std::env::var_os("WINHTTP_ERR_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == fresh,
        "include/winhttp_err.def is stale: run `WINHTTP_ERR_BLESS=1 cargo test --test windows def_file`"
    );
    assert!(header_functions().len() >= 12, "{:?}", header_functions());
    assert!(header_functions().contains(&"winhttp_err_message_w".to_string()));
}

/// The export table of a PE file, as objdump reads it.
fn exports(arch: Arch, file: &Path) -> Vec<String> {
    let out = run_ok(Command::new(arch.tool("objdump")).arg("-p").arg(file));
    let dump = String::from_utf8_lossy(&out.stdout);
    // "[Ordinal/Name Pointer] Table" then one "\t[   0] name" line per export.
    let table = dump
        .split_once("[Ordinal/Name Pointer] Table")
        .expect("an export table")
        .1;
    let mut exported: Vec<String> = table
        .lines()
        .skip(1)
        .take_while(|l| l.trim_start().starts_with('['))
        .filter_map(|l| l.split(']').nth(1).map(|n| n.trim().to_string()))
        .collect();
    exported.sort();
    exported
}

#[test]
fn dll_exports_exactly_the_def_file() {
    let mut def = def_exports();
    def.sort();
    for arch in Arch::ALL {
        let w = for_arch(arch);
        assert_eq!(
            exports(arch, &w.dll()),
            def,
            "{arch:?}: the DLL's exports (objdump -p) differ from include/winhttp_err.def"
        );
        let header = run_ok(Command::new(arch.tool("objdump")).arg("-f").arg(w.dll()));
        let header = String::from_utf8_lossy(&header.stdout);
        assert!(
            header.contains(&format!("file format {}", arch.pe_format())),
            "{arch:?}: {header}"
        );
    }
}

#[test]
fn contract_under_wine_follows_the_windows_user_language() {
    contract(windows());
}

#[test]
fn x86_contract_under_32_bit_wine() {
    contract(windows_x86());
}

fn contract(w: &Windows) {
    let import_lib = w.import_lib();
    w.compile(
        "contract_win.exe",
        &[
            root().join("tests/windows/contract_win.c"),
            root().join("tests/windows/order.c"),
        ],
        &[import_lib.as_os_str()],
    );
    // Linked to the DLL, not to the static library beside the import library.
    let imports = run_ok(
        Command::new(w.arch.tool("objdump"))
            .arg("-p")
            .arg(w.run.join("contract_win.exe")),
    );
    assert!(String::from_utf8_lossy(&imports.stdout).contains("DLL Name: winhttp_err.dll"));

    for (posix, user_locale, expected) in [
        ("fr_FR.UTF-8", "fr-FR", "fr-FR"),
        ("en_US.UTF-8", "en-US", "en-US"),
        ("fr_CA.UTF-8", "fr-CA", "fr-CA"),
        ("is_IS.UTF-8", "is-IS", "en-US"), // no Icelandic: the fallback
        ("sv_SE.UTF-8", "sv-SE", "sv-SE"),
        ("en_AU.UTF-8", "en-AU", "en-GB"), // British spelling, partly en-US
        ("de_AT.UTF-8", "de-AT", "de-DE"),
        ("ja_JP.UTF-8", "ja-JP", "ja-JP"),
        // Four scripts and typographies of the Windows display languages.
        ("cs_CZ.UTF-8", "cs-CZ", "cs-CZ"),
        ("tr_TR.UTF-8", "tr-TR", "tr-TR"),
        ("th_TH.UTF-8", "th-TH", "th-TH"),
        ("uk_UA.UTF-8", "uk-UA", "uk-UA"),
        // Right to left and Traditional Chinese: their locale once shipped, en-US until then.
        ("ar_SA.UTF-8", "ar-SA", shipped_or_en_us("ar-SA")),
        ("he_IL.UTF-8", "he-IL", shipped_or_en_us("he-IL")),
        ("zh_TW.UTF-8", "zh-TW", shipped_or_en_us("zh-TW")),
    ] {
        let started = Instant::now();
        let out = w.run_as(posix, "contract_win.exe", &[expected]);
        // Windows' C runtime writes text-mode "\r\n".
        let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        let stderr = String::from_utf8_lossy(&out.stderr);
        println!(
            "--- {:?} LC_ALL=LANG={posix} ({:.1?})\n{stdout}",
            w.arch,
            started.elapsed()
        );
        // The premise: Wine gives the Windows user this language.
        assert!(
            stdout.contains(&format!("info: GetUserDefaultLocaleName: {user_locale}\n")),
            "{posix}: Wine did not set the user locale\n{stdout}{stderr}"
        );
        assert!(
            out.status.success() && stdout.contains(" passed, 0 failed"),
            "{posix}: {}\n{stdout}{stderr}",
            out.status
        );
    }
}

/// `tag` if the library ships it, else en-US (the fallback).
fn shipped_or_en_us(tag: &'static str) -> &'static str {
    if Locale::all().any(|l| l.tag() == tag) {
        tag
    } else {
        "en-US"
    }
}

/// `title: …` etc. lines of the example's print mode.
fn field<'a>(stdout: &'a str, name: &str) -> &'a str {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no {name} in {stdout}"))
}

#[test]
fn error_dialog_example_under_wine() {
    let w = windows();
    // As MSVC users do (lib /def:...), but with MinGW's dlltool: an import library
    // made from the checked-in .def file.
    let def_lib = w.run.join("winhttp_err_from_def.lib");
    run_ok(
        Command::new(w.arch.tool("dlltool"))
            .arg("-d")
            .arg(root().join("include/winhttp_err.def"))
            .arg("-l")
            .arg(&def_lib)
            .args(["-m", "i386:x86-64"]),
    );
    w.compile(
        "error_dialog.exe",
        &[root().join("examples/windows/error_dialog.c")],
        &[
            "-municode".as_ref(),
            def_lib.as_os_str(),
            "-lwinhttp".as_ref(),
        ],
    );

    // No code: a real WinHTTP failure, reported in the user's language.
    let out = w.run_as("fr_FR.UTF-8", "error_dialog.exe", &["--print"]);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    println!("--- error_dialog.exe --print (LC_ALL=fr_FR.UTF-8)\n{stdout}");
    assert!(out.status.success(), "{}\n{stdout}", out.status);
    assert_eq!(field(&stdout, "language"), "fr-FR");
    let name = field(&stdout, "name");
    let code = ErrorCode::from_name(name).unwrap_or_else(|| panic!("{name} is no WinHTTP error"));
    let fr = Locale::from_tag("fr-FR").unwrap();
    assert_dialog(&stdout, code, fr, None);

    // The same dialog in each language, with a host, as the Windows user language
    // chooses it (UTF-16 from the DLL, printed as UTF-8 by the example).
    for (lang, tag) in [
        ("fr_FR.UTF-8", "fr-FR"),
        ("en_US.UTF-8", "en-US"),
        ("ja_JP.UTF-8", "ja-JP"),
        ("de_DE.UTF-8", "de-DE"),
        ("cs_CZ.UTF-8", "cs-CZ"),
        ("tr_TR.UTF-8", "tr-TR"),
        ("th_TH.UTF-8", "th-TH"),
        ("uk_UA.UTF-8", "uk-UA"),
    ] {
        let locale = Locale::from_tag(tag).unwrap();
        for code in [12002, 12007, 12029, 12175, 12018] {
            let arg = code.to_string();
            let out = w.run_as(
                lang,
                "error_dialog.exe",
                &["--print", &arg, "--host", "example.com"],
            );
            let stdout = String::from_utf8(out.stdout).unwrap();
            assert!(out.status.success(), "{lang} {code}: {stdout}");
            assert_eq!(field(&stdout, "language"), tag);
            assert_dialog(
                &stdout,
                ErrorCode::new(code).unwrap(),
                locale,
                Some("example.com"),
            );
        }
    }

    // Right to left, as an Arabic or Hebrew Windows user sees it: the test
    // locales of tests/fixtures/rtl, added by the example (--locales), give the
    // marked text the Rust API gives with the same locales added.
    let fixtures = root().join("tests/fixtures/rtl");
    winhttp_err::l10n::add_locale_dir(&fixtures).unwrap();
    let copy = w.run.join("rtl-locales");
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let from = entry.unwrap().path();
        let to = copy.join(from.file_name().unwrap());
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(from.join("winhttp_err.ftl"), to.join("winhttp_err.ftl")).unwrap();
    }
    for (lang, tag) in [("ar_SA.UTF-8", "ar-SA"), ("he_IL.UTF-8", "he-IL")] {
        let locale = Locale::from_tag(tag).unwrap();
        for host in ["1.example.com", "[2001:db8::1]:8443"] {
            let out = w.run_as(
                lang,
                "error_dialog.exe",
                &[
                    "--print",
                    "12002",
                    "--host",
                    host,
                    "--locales",
                    "rtl-locales",
                ],
            );
            let stdout = String::from_utf8(out.stdout).unwrap();
            println!("--- error_dialog.exe --print 12002 --host {host} (LC_ALL={lang})\n{stdout}");
            assert!(out.status.success(), "{lang}: {stdout}");
            assert_eq!(field(&stdout, "language"), tag);
            assert_eq!(field(&stdout, "direction"), "rtl");
            assert!(
                field(&stdout, "summary").starts_with('\u{200F}'),
                "{stdout}"
            );
            assert!(
                field(&stdout, "summary").contains(&format!("\u{200E}{host}\u{200E}")),
                "{stdout}"
            );
            assert_dialog(&stdout, ErrorCode::new(12002).unwrap(), locale, Some(host));
        }
    }
    let out = w.run_as("fr_FR.UTF-8", "error_dialog.exe", &["--print", "12002"]);
    assert_eq!(
        field(&String::from_utf8(out.stdout).unwrap(), "direction"),
        "ltr"
    );

    // An HRESULT and explicit locales, print mode from the environment.
    let mut cmd = w.wine_cmd("error_dialog.exe");
    cmd.args(["0x80072EE2", "is-IS, fr;q=0.5"])
        .env("LC_ALL", "en_US.UTF-8")
        .env("WINHTTP_ERR_PRINT", "1");
    let stdout = String::from_utf8(run_ok(&mut cmd).stdout).unwrap();
    assert_eq!(field(&stdout, "name"), "ERROR_WINHTTP_TIMEOUT");
    assert_eq!(field(&stdout, "code"), "12002 (0x80072EE2)");
    assert_dialog(&stdout, ErrorCode::new(12002).unwrap(), fr, None);

    // Unknown code: the generic summary leads, the report line is the detail, exit status 1.
    let out = w.run_as("en_US.UTF-8", "error_dialog.exe", &["--print", "54321"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert_eq!(
        field(&stdout, "title"),
        winhttp_err::summary(54321, "en-US", None)
    );
    assert_eq!(
        field(&stdout, "description"),
        winhttp_err::report(54321, "en-US")
    );
    assert!(!stdout.contains("hint:"), "{stdout}");
}

/// The --print output of the dialog example holds exactly the parts the Rust API gives.
fn assert_dialog(stdout: &str, code: ErrorCode, locale: Locale, host: Option<&str>) {
    assert_eq!(field(stdout, "title"), code.title(locale), "{stdout}");
    assert_eq!(
        field(stdout, "summary"),
        code.summary(locale, host),
        "{stdout}"
    );
    let hints: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("hint: "))
        .collect();
    assert_eq!(hints, code.hints(locale).collect::<Vec<_>>());
    assert_eq!(field(stdout, "description"), code.message(locale));
    assert_eq!(field(stdout, "name"), code.name());
    assert_eq!(
        field(stdout, "code"),
        format!("{} (0x{:08X})", code.code(), code.hresult())
    );
}

#[test]
fn locale_folder_with_a_utf8_path_under_wine() {
    let w = windows();
    // Beside the program: a locale folder and one with an error, each under a
    // name that is not ASCII and under an ASCII one.
    // Icelandic and Maltese: no shipped locale covers them.
    let good =
        "error-winhttp-timeout = Beiðnin rann út á tíma.\n    .title = Tengingin rann út á tíma\n";
    let bad = "error-winhttp-timeout = It-talba ħadet wisq żmien.\nunknown-error = { $kodici }\n";
    for (folder, tag, text) in [
        ("språk", "is-IS", good),
        ("sprak", "is-IS", good),
        ("språk-fel", "mt-MT", bad),
        ("sprak-fel", "mt-MT", bad),
    ] {
        // Folders of an earlier run (other tags) must not be added too.
        let _ = std::fs::remove_dir_all(w.run.join(folder));
        let dir = w.run.join(folder).join(tag);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("winhttp_err.ftl"), text).unwrap();
    }
    let import_lib = w.import_lib();
    w.compile(
        "locales_win.exe",
        &[root().join("tests/windows/locales_win.c")],
        &[import_lib.as_os_str()],
    );
    // 1. A UTF-8 path with "å": Wine maps non-ASCII file names under a UTF-8
    //    LC_CTYPE the host has (C.UTF-8 everywhere).
    let mut cmd = w.wine_cmd("locales_win.exe");
    cmd.args(["nonascii", "-"]).env("LC_ALL", "C.UTF-8");
    // 2. The Windows user language Icelandic: NULL locales follow the added is-IS.
    //    (A host without is_IS gives Wine no UTF-8 file names then: ASCII folders.)
    let mut icelandic = w.wine_cmd("locales_win.exe");
    icelandic
        .args(["ascii", "is-IS"])
        .env("LC_ALL", "is_IS.UTF-8")
        .env("LANG", "is_IS.UTF-8");
    for cmd in [&mut cmd, &mut icelandic] {
        let out = cmd
            .output()
            .unwrap_or_else(|e| panic!("{cmd:?}: {e} ({INSTALL_HINT})"));
        let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        let stderr = String::from_utf8_lossy(&out.stderr);
        println!("--- {cmd:?}\n{stdout}");
        assert!(
            out.status.success() && stdout.contains(" passed, 0 failed"),
            "{}\n{stdout}{stderr}",
            out.status
        );
    }
}

/// Every file a zip must hold, relative to its top folder.
fn expected_layout() -> Vec<String> {
    let mut files: Vec<String> = [
        "LICENSE-APACHE",
        "LICENSE-MIT",
        "README.md",
        "bin/winhttp-err.exe",
        "bin/winhttp_err.dll",
        "lib/cmake/winhttp_err/winhttp_errConfig.cmake",
        "lib/cmake/winhttp_err/winhttp_errConfigVersion.cmake",
        "lib/libwinhttp_err.dll.a",
        "lib/pkgconfig/winhttp_err.pc",
        "lib/winhttp_err.def",
        "lib/winhttp_err.lib",
    ]
    .map(String::from)
    .into();
    // Every public header of the repository, C and C++.
    for header in std::fs::read_dir(root().join("include")).unwrap() {
        let name = header.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".h") || name.ends_with(".hpp") {
            files.push(format!("include/{name}"));
        }
    }
    files.sort();
    files
}

#[test]
fn zips_hold_the_release_layout_and_are_reproducible() {
    let dist = dist();
    for arch in Arch::ALL {
        let zip = dist.out.join(format!("{}.zip", zip_stem(arch)));
        // Names in stored order, with their times: sorted, all the same.
        let listing = run_ok(
            Command::new("python3")
                .arg("-c")
                .arg(
                    "import sys, zipfile\n\
             for i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.date_time)",
                )
                .arg(&zip),
        );
        let listing = String::from_utf8(listing.stdout).unwrap();
        let names: Vec<&str> = listing
            .lines()
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "{arch:?}: entries not sorted");
        let times: std::collections::BTreeSet<&str> = listing
            .lines()
            .map(|l| l.split_once(' ').unwrap().1)
            .collect();
        assert_eq!(times.len(), 1, "{arch:?}: entry times differ: {times:?}");
        let prefix = format!("{}/", zip_stem(arch));
        let files: Vec<String> = names
            .iter()
            .map(|n| {
                n.strip_prefix(&prefix)
                    .unwrap_or_else(|| panic!("{n} outside {prefix}"))
            })
            .map(String::from)
            .collect();
        assert_eq!(files, expected_layout(), "{arch:?}");

        let pkg = dist.unpacked.join(zip_stem(arch));
        for license in ["LICENSE-MIT", "LICENSE-APACHE"] {
            assert_eq!(
                std::fs::read(pkg.join(license)).unwrap(),
                std::fs::read(root().join(license)).unwrap()
            );
        }
        // The C library alone: at most 1.25 MiB with the 41 locales (the budget
        // benches/run.sh measures), none of the command's text in it,
        // and no link time in the PE headers.
        let dll = std::fs::read(pkg.join("bin/winhttp_err.dll")).unwrap();
        let exe = std::fs::read(pkg.join("bin/winhttp-err.exe")).unwrap();
        println!(
            "{arch:?}: winhttp_err.dll {} bytes, winhttp-err.exe {} bytes",
            dll.len(),
            exe.len()
        );
        assert!(
            dll.len() <= 1280 << 10,
            "{arch:?}: the DLL is {} bytes",
            dll.len()
        );
        let cli_text = b"check-locale";
        let holds = |bin: &[u8]| bin.windows(cli_text.len()).any(|w| w == cli_text);
        assert!(
            holds(&exe) && !holds(&dll),
            "{arch:?}: command code in the DLL"
        );
        for bin in ["bin/winhttp_err.dll", "bin/winhttp-err.exe"] {
            let out = run_ok(
                Command::new(arch.tool("objdump"))
                    .arg("-p")
                    .arg(pkg.join(bin)),
            );
            let dump = String::from_utf8_lossy(&out.stdout);
            let stamp = dump.lines().find(|l| l.starts_with("Time/Date")).unwrap();
            assert!(stamp.ends_with("1970"), "{arch:?} {bin}: {stamp}");
        }
        let cmake = std::fs::read_to_string(
            pkg.join("lib/cmake/winhttp_err/winhttp_errConfigVersion.cmake"),
        )
        .unwrap();
        let pointer = if arch == Arch::X64 { "\"8\"" } else { "\"4\"" };
        assert!(
            cmake.contains(&format!("STREQUAL {pointer}")),
            "{arch:?}: {cmake}"
        );
        assert!(cmake.contains(&format!("set(PACKAGE_VERSION \"{}\")", version())));
    }
    run_ok(
        Command::new("sha256sum")
            .args(["--check", "--strict", "SHA256SUMS"])
            .current_dir(&dist.out),
    );
    // Again from the same sources (the builds are reused): the same bytes.
    let again = dist.out.with_file_name("dist-again");
    let _ = std::fs::remove_dir_all(&again);
    run_dist(&again);
    for file in ["SHA256SUMS".to_string()]
        .into_iter()
        .chain(Arch::ALL.map(|a| format!("{}.zip", zip_stem(a))))
    {
        assert!(
            std::fs::read(dist.out.join(&file)).unwrap()
                == std::fs::read(again.join(&file)).unwrap(),
            "{file} differs between two runs"
        );
    }
}

/// `Key: value` lines of `version_info.exe`.
fn version_fields(stdout: &str) -> std::collections::BTreeMap<String, String> {
    stdout
        .lines()
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn version_resource_reads_back_under_wine() {
    for arch in Arch::ALL {
        let w = for_arch(arch);
        w.compile(
            "version_info.exe",
            &[root().join("tests/windows/version_info.c")],
            &["-municode".as_ref(), "-lversion".as_ref()],
        );
        std::fs::copy(
            w.pkg.join("bin/winhttp-err.exe"),
            w.run.join("winhttp-err.exe"),
        )
        .unwrap();
        let numbers = format!(
            "{}.{}.{}.0",
            env!("CARGO_PKG_VERSION_MAJOR"),
            env!("CARGO_PKG_VERSION_MINOR"),
            env!("CARGO_PKG_VERSION_PATCH")
        );
        for (file, file_type) in [("winhttp_err.dll", "2"), ("winhttp-err.exe", "1")] {
            let out = w.run_as("en_US.UTF-8", "version_info.exe", &[file]);
            let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
            println!("--- {arch:?} {file}\n{stdout}");
            assert!(
                out.status.success(),
                "{arch:?} {file}: {}\n{stdout}",
                out.status
            );
            let fields = version_fields(&stdout);
            let field = |k: &str| fields.get(k).map(String::as_str).unwrap_or("(absent)");
            assert_eq!(field("FileVersion (fixed)"), numbers);
            assert_eq!(field("ProductVersion (fixed)"), numbers);
            assert_eq!(field("FileType"), file_type);
            assert_eq!(field("FileVersion"), version());
            assert_eq!(field("ProductVersion"), version());
            assert_eq!(field("ProductName"), env!("CARGO_PKG_NAME"));
            assert_eq!(field("OriginalFilename"), file);
            assert!(field("FileDescription").contains(env!("CARGO_PKG_DESCRIPTION")));
            assert_eq!(
                field("LegalCopyright"),
                "Copyright (c) the winhttp-err developers. License: MIT OR Apache-2.0"
            );
        }
    }
}

#[test]
fn msvc_import_library_links_and_runs_under_wine() {
    for arch in Arch::ALL {
        let w = for_arch(arch);
        // kernel32's three functions, as an MSVC import library (no Windows SDK here);
        // on x86 their stdcall names carry @bytes, imported without it (-k).
        let stdcall = arch == Arch::X86;
        let decorate = |name: &str, bytes: u32| {
            if stdcall {
                format!("{name}@{bytes}")
            } else {
                name.to_string()
            }
        };
        let def = format!(
            "LIBRARY kernel32.dll\nEXPORTS\n    {}\n    {}\n    {}\n",
            decorate("GetStdHandle", 4),
            decorate("WriteFile", 20),
            decorate("ExitProcess", 4)
        );
        let def_path = w.run.join("kernel32.def");
        std::fs::write(&def_path, def).unwrap();
        let kernel32 = w.run.join("kernel32.lib");
        let machine = if stdcall { "i386" } else { "i386:x86-64" };
        let mut dlltool = Command::new("llvm-dlltool");
        dlltool
            .args(["-m", machine, "-d"])
            .arg(&def_path)
            .arg("-l")
            .arg(&kernel32);
        if stdcall {
            dlltool.arg("-k");
        }
        run_ok(&mut dlltool);
        let exe = w.run.join("msvc_link.exe");
        run_ok(
            Command::new("clang")
                .arg(format!("--target={}", arch.msvc_target()))
                .args([
                    "-fuse-ld=lld",
                    "-ffreestanding",
                    "-fno-stack-protector",
                    "-nostdlib",
                ])
                .args(["-O1", "-Wall", "-Wextra", "-Werror"])
                .arg("-I")
                .arg(w.pkg.join("include"))
                .arg(root().join("tests/windows/msvc_link.c"))
                .arg(w.pkg.join("lib/winhttp_err.lib"))
                .arg(&kernel32)
                .args(["-Wl,/entry:start", "-Wl,/subsystem:console"])
                .arg("-o")
                .arg(&exe),
        );
        // It imports the DLL (through the MSVC library) and no C runtime.
        let imports = run_ok(Command::new(arch.tool("objdump")).arg("-p").arg(&exe));
        let imports = String::from_utf8_lossy(&imports.stdout);
        let dlls: Vec<&str> = imports
            .lines()
            .filter_map(|l| l.trim().strip_prefix("DLL Name: "))
            .collect();
        assert_eq!(dlls, ["winhttp_err.dll", "kernel32.dll"], "{arch:?}");

        let out = w.run_as("en_US.UTF-8", "msvc_link.exe", &[]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        println!("--- {arch:?} msvc_link.exe\n{stdout}");
        assert!(out.status.success(), "{arch:?}: {}\n{stdout}", out.status);
        let fr = Locale::from_tag("fr-FR").unwrap();
        let de = Locale::from_tag("de-DE").unwrap();
        let timeout = ErrorCode::new(12002).unwrap();
        let expected = format!(
            "version: {}\nname: {}\nmessage: {}\nlocale: ja-JP\nsummary: {}\nname_w: {}\n",
            version(),
            timeout.name(),
            timeout.message(fr),
            ErrorCode::new(12007)
                .unwrap()
                .summary(de, Some("example.com")),
            ErrorCode::new(12029).unwrap().name()
        );
        assert_eq!(stdout, expected, "{arch:?}");
    }
}

/// The Linux command with the locale of `posix` (LANG and LC_ALL).
fn linux_cli(posix: &str, args: &[&str], stdin: &str) -> Vec<u8> {
    let mut cmd = clean_env(env!("CARGO_BIN_EXE_winhttp-err"));
    cmd.args(args).env("LC_ALL", posix).env("LANG", posix);
    piped(&mut cmd, stdin)
}

/// Runs `cmd` with `stdin` as its standard input (a pipe); its stdout.
fn piped(cmd: &mut Command, stdin: &str) -> Vec<u8> {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} ({INSTALL_HINT})"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn command_under_wine_speaks_the_users_language_and_matches_linux() {
    for arch in Arch::ALL {
        let w = for_arch(arch);
        std::fs::copy(
            w.pkg.join("bin/winhttp-err.exe"),
            w.run.join("winhttp-err.exe"),
        )
        .unwrap();
        let windows_cli = |posix: &str, args: &[&str], stdin: &str| {
            let mut cmd = w.wine_cmd("winhttp-err.exe");
            cmd.args(args).env("LC_ALL", posix).env("LANG", posix);
            piped(&mut cmd, stdin)
        };
        let timeout = ErrorCode::new(12002).unwrap();
        // No --lang: the Windows user's language, as the Linux command takes LANG.
        for (posix, tag) in [("fr_FR.UTF-8", "fr-FR"), ("ja_JP.UTF-8", "ja-JP")] {
            let args = ["12002", "0x80072EFD"];
            let windows = windows_cli(posix, &args, "");
            let text = String::from_utf8(windows.clone()).unwrap();
            println!("--- {arch:?} {posix} winhttp-err.exe 12002 0x80072EFD\n{text}");
            let message = timeout.message(Locale::from_tag(tag).unwrap());
            let first_words: String = message.chars().take(12).collect();
            assert!(text.contains(&first_words), "{arch:?} {posix}: {text}");
            assert!(
                windows == linux_cli(posix, &args, ""),
                "{arch:?} {posix}: differs from Linux:\n{text}"
            );
            // Codes from a pipe.
            let input = "12002\n0x80072EFD, ERROR_WINHTTP_SECURE_FAILURE\n";
            let windows = windows_cli(posix, &["-"], input);
            assert!(
                windows == linux_cli(posix, &["-"], input),
                "{arch:?} {posix}: `-` differs from Linux:\n{}",
                String::from_utf8_lossy(&windows)
            );
            assert!(String::from_utf8_lossy(&windows).contains("ERROR_WINHTTP_SECURE_FAILURE"));
        }
        // --json: byte for byte, in a language chosen on the command line.
        let args = [
            "--json",
            "--lang",
            "ja-JP",
            "--host",
            "example.com",
            "12002",
            "12175",
            "-",
        ];
        let windows = windows_cli("en_US.UTF-8", &args, "12029\n");
        let linux = linux_cli("en_US.UTF-8", &args, "12029\n");
        assert!(!linux.is_empty());
        assert!(
            windows == linux,
            "{arch:?}: --json differs:\n{}\n---\n{}",
            String::from_utf8_lossy(&windows),
            String::from_utf8_lossy(&linux)
        );
    }
}
/// Ten real WinHTTP failures against servers of our own on 127.0.0.1 (Wine's
/// winhttp.dll, `tests/windows/servers.py`), each decoded with a name, a
/// category that fits it and a summary naming the host where there is one, in
/// French and Japanese. Wine passes some Winsock codes through where Windows
/// maps them to 12xxx codes; either is accepted, each must be known.
#[test]
fn real_winhttp_failures_are_decoded_under_wine() {
    use std::io::{BufRead, BufReader};
    use winhttp_err::Category::{self, *};

    let w = windows();
    let import_lib = w.import_lib();
    w.compile(
        "winhttp_real.exe",
        &[root().join("tests/windows/winhttp_real.c")],
        &[import_lib.as_os_str(), "-lwinhttp".as_ref()],
    );
    let mut servers = Command::new("python3")
        .arg(root().join("tests/windows/servers.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the test servers");
    let mut ports = String::new();
    BufReader::new(servers.stdout.take().unwrap())
        .read_line(&mut ports)
        .unwrap();
    let ports: Vec<&str> = ports.split_whitespace().collect();
    assert_eq!(ports.len(), 6, "servers.py printed {ports:?}");
    let started = Instant::now();
    let out = w.run_as("fr_FR.UTF-8", "winhttp_real.exe", &ports);
    drop(servers.stdin.take()); // the servers stop when their stdin closes
    let _ = servers.wait();
    let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    println!(
        "--- real WinHTTP failures ({:.1?})\n{stdout}",
        started.elapsed()
    );
    assert!(out.status.success(), "{}\n{stdout}", out.status);

    // The case, the codes WinHTTP may report (Windows' first), the categories that fit, the host.
    type Case = (
        &'static str,
        &'static [u32],
        &'static [Category],
        Option<&'static str>,
    );
    let expected: [Case; 10] = [
        ("refused", &[12029, 10061], &[Network], Some("127.0.0.1")),
        (
            "unknown-host",
            &[12007, 11001],
            &[NameResolution],
            Some("no-such-host.invalid"),
        ),
        ("silent", &[12002, 10060], &[Timeout], Some("127.0.0.1")),
        ("reset", &[12030, 10054], &[Network], Some("127.0.0.1")),
        ("garbage", &[12152], &[Server], Some("127.0.0.1")),
        (
            "self-signed",
            &[12175, 12045, 12169, 12038, 12157],
            &[Security],
            Some("127.0.0.1"),
        ),
        ("missing-header", &[12150], &[Server], Some("127.0.0.1")),
        ("session-as-request", &[12018, 6], &[Usage], None),
        ("malformed-url", &[12006, 12005], &[Request], None),
        ("wrong-struct-size", &[87], &[Usage], None),
    ];
    let lines: Vec<&str> = stdout.lines().collect();
    for (case, codes, categories, host) in expected {
        let at = lines
            .iter()
            .position(|l| l.starts_with(&format!("case {case}: ")))
            .unwrap_or_else(|| panic!("no line for {case}:\n{stdout}"));
        let fields: Vec<&str> = lines[at].split_whitespace().collect();
        let code: u32 = fields[2].parse().unwrap();
        assert!(
            codes.contains(&code),
            "{case}: {code} is not one of {codes:?}"
        );
        let known = ErrorCode::new(code).unwrap_or_else(|| panic!("{case}: {code} unknown"));
        assert_eq!(fields[3], known.name(), "{case}");
        assert!(
            categories.contains(&known.category()),
            "{case}: {:?}",
            known.category()
        );
        assert_eq!(fields[4], (known.category() as u32).to_string(), "{case}");
        for (prefix, tag) in [("fr: ", "fr-FR"), ("ja: ", "ja-JP")] {
            let summary = lines[at + 1..]
                .iter()
                .find_map(|l| l.strip_prefix(prefix))
                .unwrap();
            let locale = Locale::from_tag(tag).unwrap();
            assert_eq!(summary, known.summary(locale, host), "{case} {tag}");
            if let Some(host) = host {
                assert!(summary.contains(host), "{case} {tag}: {summary}");
            }
        }
    }
}

/// The zip's CMake package as a MinGW-w64 user takes it: `find_package` from the
/// unzipped folder, `winhttp_err::winhttp_err` linked, the DLL copied beside the
/// program by the documented `TARGET_FILE` rule, and the program runs under Wine.
/// (The MSVC branch of the same config picks `lib/winhttp_err.lib`, whose link
/// `msvc_import_library_links_and_runs_under_wine` proves.)
#[test]
fn cmake_package_of_the_zip_builds_and_runs_a_program_under_wine() {
    for w in [windows(), windows_x86()] {
        let dir = w.run.join(format!("cmake-{:?}", w.arch));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("src/CMakeLists.txt"),
            "cmake_minimum_required(VERSION 3.16)\n\
             project(app C)\n\
             find_package(winhttp_err 0.1 REQUIRED)\n\
             add_executable(app main.c)\n\
             target_link_libraries(app PRIVATE winhttp_err::winhttp_err)\n\
             add_custom_command(TARGET app POST_BUILD COMMAND ${CMAKE_COMMAND} -E copy_if_different\n\
             \x20 $<TARGET_FILE:winhttp_err::winhttp_err> $<TARGET_FILE_DIR:app>)\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("src/main.c"),
            "#include <stdio.h>\n#include \"winhttp_err.h\"\n\
             int main(void) { printf(\"%s\\n\", winhttp_err_name(0x80072746)); return 0; }\n",
        )
        .unwrap();
        let gcc = w.arch.tool("gcc");
        run_ok(
            Command::new("cmake")
                .arg("-S")
                .arg(dir.join("src"))
                .arg("-B")
                .arg(dir.join("build"))
                .arg("-DCMAKE_SYSTEM_NAME=Windows")
                .arg(format!("-DCMAKE_C_COMPILER={gcc}"))
                .arg(format!("-DCMAKE_PREFIX_PATH={}", w.pkg.display())),
        );
        run_ok(Command::new("cmake").arg("--build").arg(dir.join("build")));
        let exe = dir.join("build/app.exe");
        assert!(dir.join("build/winhttp_err.dll").is_file(), "{:?}", w.arch);
        // The test-only ProcessPrng shim the other programs run beside.
        std::fs::copy(
            w.run.join("bcryptprimitives.dll"),
            dir.join("build/bcryptprimitives.dll"),
        )
        .unwrap();
        let out = w.run_as("en_US.UTF-8", exe.to_str().unwrap(), &[]);
        let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        assert_eq!(stdout, "WSAECONNRESET\n", "{:?}: {out:?}", w.arch);
    }
}
