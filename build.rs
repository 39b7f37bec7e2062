//! Embeds every `locales/<tag>/*.ftl` file, so that adding a translation is adding
//! a folder. The generated `locales.rs` lists tags (sorted, `en-US` required) and
//! the FTL sources of each, without their comments, LZ4-compressed in blocks of
//! whole entries (~8 KiB): twelve locales of text would otherwise outweigh the rest of the
//! library (~375 KiB against ~125 KiB), and a first lookup decompresses one block
//! (~10 µs) rather than a whole file.

use std::{env, fs, path::Path};

fn main() {
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows::resources();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<(String, Vec<String>)> = Vec::new();
    for dir in fs::read_dir(&root).expect("locales/ folder") {
        let dir = dir.expect("locales/ entry").path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        let tag = dir
            .file_name()
            .unwrap()
            .to_str()
            .expect("UTF-8 tag")
            .to_owned();
        let mut files: Vec<String> = fs::read_dir(&dir)
            .expect("locale folder")
            .map(|f| f.expect("locale file").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                println!("cargo:rerun-if-changed={}", p.display());
                p.to_str().expect("UTF-8 path").to_owned()
            })
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{tag} has no .ftl file");
        locales.push((tag, files));
    }
    locales.sort();
    assert!(
        locales.iter().any(|(t, _)| t == "en-US"),
        "locales/en-US is the fallback and must exist"
    );
    // Comments are for translators: the library never reads them.
    let bodies: Vec<Vec<String>> = locales
        .iter()
        .map(|(_, files)| {
            files
                .iter()
                .map(|f| {
                    let text = fs::read_to_string(f).expect("UTF-8 FTL");
                    text.split_inclusive('\n')
                        .filter(|l| !l.starts_with('#'))
                        .collect()
                })
                .collect()
        })
        .collect();
    // Every message id, sorted: the key of each file's block index.
    let mut ids: Vec<&str> = bodies
        .iter()
        .flatten()
        .flat_map(|body| entries(body).into_iter().filter_map(|(id, _)| id))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = String::from(
        "/// Every message id of the shipped files, sorted: the key of [`Ftl::index`].\n",
    );
    out += &format!("pub(crate) const IDS: &[&str] = &{ids:?};\n");
    out += "/// `(tag, tag as C string, FTL files)` for every shipped locale, sorted by tag.\n";
    out += "pub(crate) const EMBEDDED: &[(&str, &std::ffi::CStr, &[Ftl])] = &[\n";
    let out_dir = env::var("OUT_DIR").unwrap();
    for ((tag, _), files) in locales.iter().zip(&bodies) {
        out += &format!("    ({tag:?}, c{tag:?}, &[");
        for (f, body) in files.iter().enumerate() {
            // Whole entries in blocks of about BLOCK bytes, each compressed alone.
            let mut blocks: Vec<String> = vec![String::new()];
            let mut index = vec![u8::MAX; ids.len()];
            for (id, entry) in entries(body) {
                if blocks.last().unwrap().len() + entry.len() > BLOCK
                    && !blocks.last().unwrap().is_empty()
                {
                    blocks.push(String::new());
                }
                blocks.last_mut().unwrap().push_str(entry);
                if let Some(id) = id {
                    let b = u8::try_from(blocks.len() - 1).ok().filter(|&b| b < u8::MAX);
                    index[ids.binary_search(&id).unwrap()] = b.expect("too many blocks");
                }
            }
            out += "Ftl { blocks: &[";
            for (b, block) in blocks.iter().enumerate() {
                let dest = Path::new(&out_dir).join(format!("{tag}-{f}-{b}.ftl.lz4"));
                let mode = lz4::block::CompressionMode::HIGHCOMPRESSION(12);
                let compressed = lz4::block::compress(block.as_bytes(), Some(mode), false);
                fs::write(&dest, compressed.expect("LZ4 compression")).expect("write FTL");
                out += &format!(
                    "(include_bytes!({:?}), {}), ",
                    dest.to_str().unwrap(),
                    block.len()
                );
            }
            out += &format!("], index: &{index:?} }}, ");
        }
        out += "]),\n";
    }
    out += "];\n";
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}

/// Uncompressed size a block of entries grows to: small enough that the first
/// lookup in a locale decompresses ~8 KiB (~10 µs), not the whole file; large
/// enough to compress well (4 KiB blocks took 15% more room).
const BLOCK: usize = 8192;

/// The entries of FTL `body` in order, with their message id (none for terms
/// and the blank lines before the first entry): an entry starts at a line that
/// begins with a letter or `-` (comments are gone), as `l10n` reads them.
fn entries(body: &str) -> Vec<(Option<&str>, &str)> {
    let mut starts: Vec<usize> = vec![0];
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        if at > 0 && line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            starts.push(at);
        }
        at += line.len();
    }
    starts.push(body.len());
    starts
        .windows(2)
        .map(|w| {
            let entry = &body[w[0]..w[1]];
            let id = entry
                .starts_with(|c: char| c.is_ascii_alphabetic())
                .then(|| {
                    entry
                        .split(|c: char| c == '=' || c.is_whitespace())
                        .next()
                        .unwrap()
                });
            (id, entry)
        })
        .collect()
}

/// What makes the Windows binaries look like Windows binaries: a VERSIONINFO
/// resource (what Explorer's Details tab, installers comparing file versions and
/// support staff read) in the DLL and in the command, from the crate's metadata.
///
/// The `.rc` is written here and compiled with the toolchain's own resource
/// compiler: MinGW's `windres` for `*-windows-gnu` (it ships beside the linker),
/// LLVM's `llvm-rc` + `llvm-cvtres` elsewhere (`$WINDRES`, `$LLVM_RC` override).
/// No crate for ~40 lines of text and one tool run.
mod windows {
    use std::{env, fs, path::Path, process::Command};

    pub fn resources() {
        println!("cargo:rerun-if-env-changed=WINDRES");
        println!("cargo:rerun-if-env-changed=LLVM_RC");
        let out = env::var("OUT_DIR").unwrap();
        let dll = compile(Path::new(&out), "winhttp_err.dll", true);
        let exe = compile(Path::new(&out), "winhttp-err.exe", false);
        println!("cargo:rustc-link-arg-cdylib={}", dll);
        println!("cargo:rustc-link-arg-bins={}", exe);
        if env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") {
            // GNU ld stamps PE headers with the build time: the archives must not vary.
            println!("cargo:rustc-link-arg=-Wl,--no-insert-timestamp");
        }
    }

    /// `"` is written `""` inside an .rc string; control characters have no place there.
    fn quoted(text: &str) -> String {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        format!("\"{}\"", clean.replace('"', "\"\""))
    }

    /// The resource script of `file` (the DLL when `dll`).
    pub fn script(file: &str, dll: bool) -> String {
        let version = env::var("CARGO_PKG_VERSION").unwrap();
        let numbers: Vec<u16> = ["MAJOR", "MINOR", "PATCH"]
            .iter()
            .map(|p| {
                env::var(format!("CARGO_PKG_VERSION_{p}"))
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect();
        let binary = format!("{},{},{},0", numbers[0], numbers[1], numbers[2]);
        let name = env::var("CARGO_PKG_NAME").unwrap();
        let summary = env::var("CARGO_PKG_DESCRIPTION").unwrap();
        let description = if dll {
            summary
        } else {
            format!("{name} command: {summary}")
        };
        let authors = env::var("CARGO_PKG_AUTHORS").unwrap().replace(':', ", ");
        let license = env::var("CARGO_PKG_LICENSE").unwrap();
        let strings = [
            ("CompanyName", authors.clone()),
            ("FileDescription", description),
            ("FileVersion", version.clone()),
            ("InternalName", file.split('.').next().unwrap().to_string()),
            (
                "LegalCopyright",
                format!("Copyright (c) {authors}. License: {license}"),
            ),
            ("OriginalFilename", file.to_string()),
            ("ProductName", name),
            ("ProductVersion", version),
        ];
        let mut rc = String::from("// Written by build.rs from Cargo.toml.\n");
        // VS_VERSION_INFO; VS_FF_PRERELEASE for a pre-release version; VOS_NT_WINDOWS32;
        // VFT_DLL or VFT_APP (numbers: no SDK header is needed).
        let prerelease = !env::var("CARGO_PKG_VERSION_PRE").unwrap().is_empty();
        rc += &format!(
            "1 VERSIONINFO\nFILEVERSION {binary}\nPRODUCTVERSION {binary}\nFILEFLAGSMASK 0x3F\n\
             FILEFLAGS {}\nFILEOS 0x40004\nFILETYPE {}\nFILESUBTYPE 0\nBEGIN\n",
            if prerelease { "0x2" } else { "0x0" },
            if dll { 2 } else { 1 }
        );
        // U.S. English, Unicode strings: the block the Translation entry names.
        rc += "  BLOCK \"StringFileInfo\"\n  BEGIN\n    BLOCK \"040904B0\"\n    BEGIN\n";
        for (key, value) in strings {
            rc += &format!("      VALUE \"{key}\", {}\n", quoted(&value));
        }
        rc += "    END\n  END\n  BLOCK \"VarFileInfo\"\n  BEGIN\n    VALUE \"Translation\", 0x409, 1200\n  END\nEND\n";
        rc
    }

    /// Compiles the resource of `file` to a COFF object in `out`, for the linker.
    fn compile(out: &Path, file: &str, dll: bool) -> String {
        let stem = if dll { "version-dll" } else { "version-exe" };
        let rc = out.join(format!("{stem}.rc"));
        fs::write(&rc, script(file, dll)).expect("write the .rc");
        let obj = out.join(format!("{stem}.o"));
        let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap();
        let gnu = env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
        if gnu {
            let windres = env::var("WINDRES").unwrap_or_else(|_| {
                let prefix = match arch.as_str() {
                    "x86" => "i686-w64-mingw32-",
                    "x86_64" => "x86_64-w64-mingw32-",
                    _ => "",
                };
                let cross = format!("{prefix}windres");
                if Command::new(&cross).arg("--version").output().is_ok() {
                    cross
                } else {
                    "windres".into()
                }
            });
            run(Command::new(&windres)
                .arg("--input-format=rc")
                .arg("--output-format=coff")
                .arg(&rc)
                .arg(&obj));
        } else {
            let res = out.join(format!("{stem}.res"));
            let llvm_rc = env::var("LLVM_RC").unwrap_or_else(|_| "llvm-rc".into());
            run(Command::new(&llvm_rc).arg("/fo").arg(&res).arg(&rc));
            let machine = match arch.as_str() {
                "x86" => "x86",
                "x86_64" => "x64",
                "aarch64" => "arm64",
                other => panic!("no resource machine type for {other}"),
            };
            let cvtres = Path::new(&llvm_rc).with_file_name("llvm-cvtres");
            run(Command::new(cvtres)
                .arg(format!("/machine:{machine}"))
                .arg(format!("/out:{}", obj.display()))
                .arg(&res));
        }
        obj.to_str().expect("UTF-8 OUT_DIR").to_string()
    }

    fn run(cmd: &mut Command) {
        let out = cmd.output().unwrap_or_else(|e| {
            panic!(
                "cannot run {cmd:?}: {e}. The Windows version resource needs the toolchain's \
                 resource compiler (MinGW-w64's windres, or llvm-rc and llvm-cvtres); \
                 set WINDRES or LLVM_RC to its path"
            )
        });
        assert!(
            out.status.success(),
            "{cmd:?}: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
