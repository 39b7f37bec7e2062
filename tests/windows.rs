//! Windows, for real, under Wine: builds `winhttp_err.dll` for `x86_64-pc-windows-gnu`,
//! checks that it exports exactly the functions of `include/winhttp_err.def` (and of
//! the header), compiles Windows programs against the header with MinGW-w64 and runs
//! them under Wine:
//! - `tests/windows/contract_win.c` (+ `order.c`), once per Windows user language;
//! - `examples/windows/error_dialog.c` in print mode, linked through an import
//!   library made from the `.def` file, as MSVC users do;
//! - the C++ header's contract (`tests/cpp/contract.cpp`, wide functions included) as
//!   each Windows user language, and `show_error_dialog` (`tests/windows/dialog_cpp.cpp`).
//!
//! Needs `x86_64-w64-mingw32-gcc`, Wine (`/usr/lib/wine/wine64`, or `$WINE`) and the
//! Rust target: `.ci/run` installs them. A missing tool fails the test, never skips it.
//!
//! The DLL is built by a nested `cargo build --release --target x86_64-pc-windows-gnu`
//! in its own target dir (`target/windows`), so it never waits on the outer cargo's lock.
//! Wine runs in a fresh prefix under `target/tmp/windows`, with `WINEDEBUG=-all`.

mod common;
use common::{clean_env, root, run_ok, scratch};

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

use winhttp_err::{ErrorCode, Locale};

const TARGET: &str = "x86_64-pc-windows-gnu";
const GCC: &str = "x86_64-w64-mingw32-gcc";
const GXX: &str = "x86_64-w64-mingw32-g++";
const OBJDUMP: &str = "x86_64-w64-mingw32-objdump";
const DLLTOOL: &str = "x86_64-w64-mingw32-dlltool";
const C_FLAGS: &[&str] = &[
    "-std=c99",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-O2",
];
const INSTALL_HINT: &str = "the Windows tests need MinGW-w64, Wine and the Rust target \
    x86_64-pc-windows-gnu; `bash .ci/run` installs them (apt-get install gcc-mingw-w64-x86-64 \
    g++-mingw-w64-x86-64 wine64; rustup target add x86_64-pc-windows-gnu)";

/// What the Wine tests share: built once per test binary.
struct Windows {
    /// `target/windows/x86_64-pc-windows-gnu/release`: the DLL and its import library.
    release: PathBuf,
    /// Where the test programs run: the DLL and the test-only ProcessPrng shim beside them.
    run: PathBuf,
    wine: PathBuf,
    prefix: PathBuf,
}

fn windows() -> &'static Windows {
    static SETUP: OnceLock<Result<Windows, String>> = OnceLock::new();
    let setup = SETUP.get_or_init(|| {
        // A failed setup fails every test with the same message, without retrying.
        std::panic::catch_unwind(setup).map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        })
    });
    match setup {
        Ok(w) => w,
        Err(e) => panic!("Windows setup failed: {e}"),
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

fn setup() -> Windows {
    let wine = wine_binary();
    for tool in [GCC, GXX, OBJDUMP, DLLTOOL] {
        require(Path::new(tool));
    }
    require(&wine);
    let libdir = Command::new("rustc")
        .args(["--print", "target-libdir", "--target", TARGET])
        .output()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .unwrap_or_default();
    let has_std = std::fs::read_dir(&libdir).is_ok_and(|mut files| {
        files.any(|f| f.is_ok_and(|f| f.file_name().to_string_lossy().starts_with("libstd-")))
    });
    assert!(
        has_std,
        "Rust target {TARGET} is not installed: {INSTALL_HINT}"
    );

    // The DLL, from a nested cargo with its own target dir.
    let started = Instant::now();
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("windows");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    run_ok(
        Command::new(cargo)
            .args(["build", "--release", "--lib", "--target", TARGET])
            .env("CARGO_TARGET_DIR", &target_dir)
            .current_dir(root()),
    );
    let release = target_dir.join(TARGET).join("release");
    for file in ["winhttp_err.dll", "libwinhttp_err.dll.a"] {
        assert!(release.join(file).exists(), "cargo did not produce {file}");
    }
    println!("cargo build --target {TARGET}: {:.1?}", started.elapsed());

    let run = scratch("windows");
    std::fs::copy(release.join("winhttp_err.dll"), run.join("winhttp_err.dll")).unwrap();
    // Test-only: Wine 8 lacks bcryptprimitives.dll (see the shim's source).
    run_ok(
        Command::new(GCC)
            .args(C_FLAGS)
            .arg("-shared")
            .arg(root().join("tests/windows/process_prng_shim.c"))
            .args(["-ladvapi32", "-o"])
            .arg(run.join("bcryptprimitives.dll")),
    );

    // A fresh Wine prefix: stop a server left from an earlier run of it, then boot.
    let started = Instant::now();
    let prefix = run.join("wineprefix");
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
    let windows = Windows {
        release,
        run,
        wine,
        prefix,
    };
    // Our own server, detached from our pipes: the one a first `wine` would start
    // (and wineboot's services) would keep a captured stderr open until it exits.
    // It lingers 10 s after the last Windows process, then quits.
    let status = Command::new(&server)
        .arg("-p10")
        .env("WINEPREFIX", &windows.prefix)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {}: {e} ({INSTALL_HINT})", server.display()));
    assert!(status.success(), "{} -p10: {status}", server.display());
    let log = windows.run.join("wineboot.log");
    let file = std::fs::File::create(&log).unwrap();
    let status = windows
        .wine_cmd("wineboot")
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
    windows
}

impl Windows {
    /// `wine program`, in the run folder, with no locale variable of the host.
    fn wine_cmd(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = clean_env(&self.wine);
        cmd.arg(program)
            .current_dir(&self.run)
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            // No Mono/Gecko installer prompts: nothing here needs .NET or HTML.
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env_remove("DISPLAY")
            .env_remove("WINHTTP_ERR_PRINT");
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

    /// Compiles C `sources` to `exe` in the run folder, against the header.
    fn compile(&self, exe: &str, sources: &[PathBuf], link: &[&std::ffi::OsStr]) {
        run_ok(
            Command::new(GCC)
                .args(C_FLAGS)
                .arg("-I")
                .arg(root().join("include"))
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
        Command::new(GXX)
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
            .arg(root().join("include"))
            .arg(source)
            .arg(w.release.join("libwinhttp_err.dll.a"))
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
        Command::new(OBJDUMP)
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

#[test]
fn dll_exports_exactly_the_def_file() {
    let w = windows();
    let out = run_ok(
        Command::new(OBJDUMP)
            .arg("-p")
            .arg(w.release.join("winhttp_err.dll")),
    );
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
    let mut def = def_exports();
    exported.sort();
    def.sort();
    assert_eq!(
        exported, def,
        "the DLL's exports (objdump -p) differ from include/winhttp_err.def"
    );
}

#[test]
fn contract_under_wine_follows_the_windows_user_language() {
    let w = windows();
    let import_lib = w.release.join("libwinhttp_err.dll.a");
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
        Command::new(OBJDUMP)
            .arg("-p")
            .arg(w.run.join("contract_win.exe")),
    );
    assert!(String::from_utf8_lossy(&imports.stdout).contains("DLL Name: winhttp_err.dll"));

    for (posix, user_locale, expected) in [
        ("fr_FR.UTF-8", "fr-FR", "fr-FR"),
        ("en_US.UTF-8", "en-US", "en-US"),
        ("fr_CA.UTF-8", "fr-CA", "fr-FR"),
        ("sv_SE.UTF-8", "sv-SE", "en-US"), // no Swedish: the fallback
        ("de_AT.UTF-8", "de-AT", "de-DE"),
        ("ja_JP.UTF-8", "ja-JP", "ja-JP"),
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
            "--- LC_ALL=LANG={posix} ({:.1?})\n{stdout}",
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
        Command::new(DLLTOOL)
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
    cmd.args(["0x80072EE2", "sv-SE, fr;q=0.5"])
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
    let good = "error-winhttp-timeout = Begäran tog för lång tid.\n    .title = Anslutningen tog för lång tid\n";
    let bad = "error-winhttp-timeout = Anmodningen fik timeout.\nunknown-error = { $kode }\n";
    for (folder, tag, text) in [
        ("språk", "sv-SE", good),
        ("sprak", "sv-SE", good),
        ("språk-fel", "da-DK", bad),
        ("sprak-fel", "da-DK", bad),
    ] {
        let dir = w.run.join(folder).join(tag);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("winhttp_err.ftl"), text).unwrap();
    }
    let import_lib = w.release.join("libwinhttp_err.dll.a");
    w.compile(
        "locales_win.exe",
        &[root().join("tests/windows/locales_win.c")],
        &[import_lib.as_os_str()],
    );
    // 1. A UTF-8 path with "å": Wine maps non-ASCII file names under a UTF-8
    //    LC_CTYPE the host has (C.UTF-8 everywhere).
    let mut cmd = w.wine_cmd("locales_win.exe");
    cmd.args(["nonascii", "-"]).env("LC_ALL", "C.UTF-8");
    // 2. The Windows user language Swedish: NULL locales follow the added sv-SE.
    //    (A host without sv_SE gives Wine no UTF-8 file names then: ASCII folders.)
    let mut swedish = w.wine_cmd("locales_win.exe");
    swedish
        .args(["ascii", "sv-SE"])
        .env("LC_ALL", "sv_SE.UTF-8")
        .env("LANG", "sv_SE.UTF-8");
    for cmd in [&mut cmd, &mut swedish] {
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
    let import_lib = w.release.join("libwinhttp_err.dll.a");
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

    // case, the codes WinHTTP may report (Windows' first), the categories that fit, the host.
    let expected: [(&str, &[u32], &[Category], Option<&str>); 10] = [
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
