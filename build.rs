//! Embeds every `locales/<tag>/*.ftl` file, so that adding a translation is adding
//! a folder. Each shipped locale is compiled here into what its lookups read
//! (src/shipped.rs): for every message id and attribute, its pattern as plain text
//! with its variables marked, in one fixed order; no ids, no Fluent syntax, no
//! comments. A first lookup then decodes text instead of parsing Fluent, and 41
//! locales fit the size budget:
//! - the text of a locale whose letters sit in one 128-character block (Cyrillic,
//!   Greek, Thai, Hebrew, Arabic, and the accented letters of a Latin script) is
//!   written one byte a character, as SCSU's windows do (Cyrillic took 46 KB as
//!   UTF-8, 26 KB so);
//! - each locale is three LZ4 blocks (liblz4's high-compression level): the values
//!   (descriptions, hints, certificate lines), the titles, the summaries. The first
//!   is compressed with en-US's text as a preset dictionary (every locale shares
//!   en-US's API names and structure), the other two with the locale's own first
//!   block (they repeat the locale's wording): 6.5–8 KiB a locale, 2% more than one
//!   block, and a first description decompresses a third of its locale. en-US
//!   itself is stored as it is (26 KB): no first lookup decompresses two locales,
//!   and none of en-US.

use std::env;

fn main() {
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows::resources();
    }
    shipped::write();
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

/// The shipped locales, compiled: see the top of this file. The format is read by
/// src/shipped.rs; the two change together.
mod shipped {
    use std::collections::{BTreeMap, BTreeSet};
    use std::ffi::{c_char, c_int, c_void};
    use std::{env, fs, path::Path};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    /// Ends a slot's text.
    const END: char = '\0';
    /// Starts a variable; the next byte is `FIRST_VAR` + its index in `VARS`.
    const VAR: char = '\u{1}';
    const FIRST_VAR: u8 = 0x20;
    /// The whole text of a slot the locale does not have.
    const ABSENT: char = '\u{3}';
    /// In a windowed locale: the next character is written as UTF-8.
    const ESCAPE: u8 = 0x05;
    /// A locale's blocks: the attributes whose slots each holds (`""`: the
    /// values; an attribute listed nowhere goes in the first), and the block
    /// whose text is its dictionary (`None`: en-US's). A first lookup
    /// decompresses its part's block and that block's dictionary: a description
    /// (a log line's) a third of its locale.
    const BLOCKS: [(&[&str], Option<usize>); 3] = [
        // Descriptions, hints, certificate lines.
        (&[""], None),
        // Short: with en-US's text alone as dictionary they took 5% more.
        (&["title"], Some(0)),
        // Half of a locale's text; what it repeats is the locale's own wording.
        (&["summary", "summary-host"], Some(0)),
    ];

    /// One locale's messages: id → value and attributes, each as parsed.
    type Messages<'s> =
        BTreeMap<&'s str, (Option<Pattern<&'s str>>, Vec<(&'s str, Pattern<&'s str>)>)>;

    pub fn write() {
        // WINHTTP_ERR_LOCALES: another locales/ folder, for benches/run.sh's
        // measure of what a locale costs (the library built with en-US alone).
        println!("cargo:rerun-if-env-changed=WINHTTP_ERR_LOCALES");
        let root = env::var_os("WINHTTP_ERR_LOCALES")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"));
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
                    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                })
                .collect();
            // Sorted by path: a later file overrides an earlier one, message by message.
            files.sort();
            assert!(!files.is_empty(), "{tag} has no .ftl file");
            locales.push((tag, files));
        }
        locales.sort();
        let en_us = locales
            .iter()
            .position(|(t, _)| t == "en-US")
            .expect("locales/en-US is the fallback and must exist");

        let parsed: Vec<(Messages, BTreeMap<&str, Pattern<&str>>)> = locales
            .iter()
            .map(|(tag, files)| {
                let mut messages = Messages::new();
                let mut terms = BTreeMap::new();
                for text in files {
                    let resource = fluent_syntax::parser::parse(text.as_str())
                        .unwrap_or_else(|(_, e)| panic!("{tag}: FTL syntax errors {e:?}"));
                    for entry in resource.body {
                        match entry {
                            Entry::Message(m) => {
                                let attrs = m
                                    .attributes
                                    .into_iter()
                                    .map(|a| (a.id.name, a.value))
                                    .collect();
                                messages.insert(m.id.name, (m.value, attrs));
                            }
                            Entry::Term(t) => {
                                terms.insert(t.id.name, t.value);
                            }
                            _ => {}
                        }
                    }
                }
                (messages, terms)
            })
            .collect();

        let ids: BTreeSet<&str> = parsed.iter().flat_map(|(m, _)| m.keys().copied()).collect();
        let mut attrs: BTreeSet<&str> = parsed
            .iter()
            .flat_map(|(m, _)| m.values().flat_map(|(_, a)| a.iter().map(|(n, _)| *n)))
            .collect();
        attrs.insert("");
        let mut vars = BTreeSet::new();
        for (messages, _) in &parsed {
            for (value, attributes) in messages.values() {
                for p in value.iter().chain(attributes.iter().map(|(_, p)| p)) {
                    variables(p, &mut vars);
                }
            }
        }
        let vars: Vec<&str> = vars.into_iter().collect();
        assert!(vars.len() < 0x60, "too many variables");

        // Each locale's slots in order: for every id, its value, then each attribute.
        let texts: Vec<String> = locales
            .iter()
            .zip(&parsed)
            .map(|((tag, _), (messages, terms))| {
                let mut out = String::new();
                for id in &ids {
                    for attr in &attrs {
                        let pattern = messages.get(id).and_then(|(value, attributes)| match *attr {
                            "" => value.as_ref(),
                            a => attributes.iter().find(|(n, _)| *n == a).map(|(_, p)| p),
                        });
                        match pattern {
                            Some(p) => {
                                let text = compile(p, messages, terms, &vars, 0).unwrap_or_else(|why| {
                                    panic!(
                                        "{tag}: {id}{}{attr}: {why}. A shipped pattern holds text, \
                                         variables, string literals and references to messages and \
                                         terms (src/shipped.rs compiles them); locales added at run \
                                         time may use the rest of Fluent",
                                        if attr.is_empty() { "" } else { "." }
                                    )
                                });
                                out.push_str(&text);
                            }
                            None => out.push(ABSENT),
                        }
                        out.push(END);
                    }
                }
                out
            })
            .collect();

        let encoded: Vec<(u32, Vec<u8>)> = texts.iter().map(|t| window(t)).collect();
        // Each attribute's block, and its place among that block's attributes.
        let attrs: Vec<&str> = attrs.into_iter().collect();
        let mut in_block = [0usize; BLOCKS.len()];
        let places: Vec<(usize, usize)> = attrs
            .iter()
            .map(|a| {
                let block = BLOCKS.iter().position(|(b, _)| b.contains(a)).unwrap_or(0);
                in_block[block] += 1;
                (block, in_block[block] - 1)
            })
            .collect();
        // A locale's slots in its blocks, each in message order.
        let blocks_of = |bytes: &[u8]| -> Vec<Vec<u8>> {
            let mut blocks = vec![Vec::new(); BLOCKS.len()];
            let slots: Vec<&[u8]> = bytes.split_inclusive(|&b| b == END as u8).collect();
            assert_eq!(slots.len(), ids.len() * attrs.len(), "slot count");
            for (i, slot) in slots.iter().enumerate() {
                blocks[places[i % attrs.len()].0].extend_from_slice(slot);
            }
            blocks
        };
        let en_us_blocks = blocks_of(&encoded[en_us].1);
        let dictionary = en_us_blocks.concat();
        let out_dir = env::var("OUT_DIR").unwrap();
        let mut out = String::from("// Written by build.rs (mod shipped) from locales/.\n");
        out += &format!(
            "pub(crate) const IDS: &[&str] = &{:?};\n",
            ids.iter().collect::<Vec<_>>()
        );
        out += &format!("pub(crate) const ATTRS: &[&str] = &{attrs:?};\n");
        out += &format!("pub(crate) const ATTR_PLACES: &[(usize, usize)] = &{places:?};\n");
        out += &format!("pub(crate) const BLOCKS: usize = {};\n", BLOCKS.len());
        out += &format!("pub(crate) const BLOCK_ATTRS: [usize; BLOCKS] = {in_block:?};\n");
        let dictionaries: Vec<Option<usize>> = BLOCKS.iter().map(|(_, d)| *d).collect();
        out += &format!(
            "pub(crate) const BLOCK_DICTIONARY: [Option<usize>; BLOCKS] = {dictionaries:?};\n"
        );
        out += &format!("pub(crate) const VARS: &[&str] = &{vars:?};\n");
        let dictionary_file = Path::new(&out_dir).join("en-US.dictionary");
        fs::write(&dictionary_file, &dictionary).expect("write the dictionary");
        out += &format!(
            "const DICTIONARY_BYTES: &[u8] = include_bytes!({:?});\n",
            dictionary_file.to_str().unwrap()
        );
        out += "pub(crate) const EMBEDDED: &[(&str, &std::ffi::CStr, Blob)] = &[\n";
        for (i, ((tag, _), (base, bytes))) in locales.iter().zip(&encoded).enumerate() {
            let blocks = blocks_of(bytes);
            let mut fields = Vec::new();
            let mut start = 0;
            for (b, block) in blocks.iter().enumerate() {
                // en-US stays as it is, one piece: it is every other locale's
                // dictionary, and the fallback of them all.
                let data = if i == en_us {
                    start += block.len();
                    format!(
                        "DICTIONARY_BYTES.split_at({}).1.split_at({}).0",
                        start - block.len(),
                        block.len()
                    )
                } else {
                    let dict = match BLOCKS[b].1 {
                        None => &dictionary,
                        Some(d) => {
                            assert!(d < b, "a block's dictionary comes before it");
                            &blocks[d]
                        }
                    };
                    assert!(
                        dict.len() <= 64 * 1024,
                        "an LZ4 dictionary is at most 64 KiB"
                    );
                    let dest = Path::new(&out_dir).join(format!("{tag}.{b}.slots"));
                    fs::write(&dest, compress_hc(block, dict)).expect("write a compiled locale");
                    format!("include_bytes!({:?})", dest.to_str().unwrap())
                };
                fields.push(format!("Block {{ size: {}, data: {data} }}", block.len()));
            }
            out += &format!(
                "    ({tag:?}, c{tag:?}, Blob {{ window: {base:#x}, compressed: {}, blocks: [{}] }}),\n",
                i != en_us,
                fields.join(", ")
            );
        }
        out += "];\n";
        fs::write(Path::new(&out_dir).join("shipped.rs"), out).expect("write shipped.rs");
    }

    /// Every variable `p` uses itself (those of a message it references are that message's).
    fn variables<'s>(p: &Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
        for element in &p.elements {
            if let PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } = element
            {
                out.insert(id.name);
            }
        }
    }

    /// `pattern` as slot text, or why it cannot be: references are followed
    /// `depth` deep at most, as Fluent's resolver would give up on a cycle.
    fn compile(
        pattern: &Pattern<&str>,
        messages: &Messages,
        terms: &BTreeMap<&str, Pattern<&str>>,
        vars: &[&str],
        depth: usize,
    ) -> Result<String, String> {
        if depth > 8 {
            return Err("references nest too deep".into());
        }
        let mut out = String::new();
        for element in &pattern.elements {
            let expression = match element {
                PatternElement::TextElement { value } => {
                    if let Some(c) = value.chars().find(|c| ('\0'..='\u{6}').contains(c)) {
                        return Err(format!("control character {c:?}"));
                    }
                    out.push_str(value);
                    continue;
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(e),
                } => e,
                PatternElement::Placeable { .. } => return Err("a select expression".into()),
            };
            match expression {
                InlineExpression::StringLiteral { value } => {
                    let value = fluent_syntax::unicode::unescape_unicode_to_string(value);
                    if value.chars().any(|c| ('\0'..='\u{6}').contains(&c)) {
                        return Err("control character in a string literal".into());
                    }
                    out.push_str(&value);
                }
                InlineExpression::VariableReference { id } => {
                    let i = vars.iter().position(|v| *v == id.name).expect("collected");
                    out.push(VAR);
                    out.push(char::from(FIRST_VAR + i as u8));
                }
                // A message's value shares the caller's variables, as in Fluent.
                InlineExpression::MessageReference { id, attribute } => {
                    let (value, attributes) = messages
                        .get(id.name)
                        .ok_or("a reference to a missing message")?;
                    let target = match attribute {
                        None => value.as_ref(),
                        Some(a) => attributes
                            .iter()
                            .find(|(n, _)| *n == a.name)
                            .map(|(_, p)| p),
                    }
                    .ok_or("a reference to a missing attribute")?;
                    out.push_str(&compile(target, messages, terms, vars, depth + 1)?);
                }
                // A term gets no variables of the caller (Fluent's rule): only a term without any.
                InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                } => {
                    let term = terms.get(id.name).ok_or("a reference to a missing term")?;
                    let text = compile(term, messages, terms, vars, depth + 1)?;
                    if text.contains(VAR) {
                        return Err("a term with variables".into());
                    }
                    out.push_str(&text);
                }
                _ => return Err("a number, function, term attribute or term arguments".into()),
            }
        }
        Ok(out)
    }

    /// `text` one byte a character when one 128-character window holds enough of
    /// its non-ASCII characters to make it shorter: ASCII as itself, the window's
    /// characters as 0x80 + offset, any other as `ESCAPE` and its UTF-8.
    /// Returns the window's first character (0: the text is UTF-8).
    fn window(text: &str) -> (u32, Vec<u8>) {
        let wide: Vec<u32> = text.chars().map(u32::from).filter(|&c| c >= 0x80).collect();
        let best = wide
            .iter()
            .map(|&c| c & !0x7F)
            .chain(
                wide.iter()
                    .map(|&c| (c & !0xF).saturating_sub(0x40).max(0x80)),
            )
            .collect::<BTreeSet<u32>>()
            .into_iter()
            .max_by_key(|&base| {
                wide.iter()
                    .filter(|&&c| (base..base + 0x80).contains(&c))
                    .count()
            });
        let Some(base) = best else {
            return (0, text.as_bytes().to_vec());
        };
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            let u = u32::from(c);
            if u < 0x80 {
                out.push(u as u8);
            } else if (base..base + 0x80).contains(&u) {
                out.push(0x80 + (u - base) as u8);
            } else {
                out.push(ESCAPE);
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
        if out.len() < text.len() {
            (base, out)
        } else {
            (0, text.as_bytes().to_vec())
        }
    }

    // liblz4's high-compression streaming API, built by lz4-sys (the `lz4` build
    // dependency) but not declared by it: the one way to give the HC compressor a dictionary.
    extern "C" {
        fn LZ4_createStreamHC() -> *mut c_void;
        fn LZ4_freeStreamHC(stream: *mut c_void) -> c_int;
        fn LZ4_setCompressionLevel(stream: *mut c_void, level: c_int);
        fn LZ4_loadDictHC(stream: *mut c_void, dict: *const c_char, size: c_int) -> c_int;
        fn LZ4_compress_HC_continue(
            stream: *mut c_void,
            src: *const c_char,
            dst: *mut c_char,
            src_size: c_int,
            capacity: c_int,
        ) -> c_int;
    }

    /// `data` as one LZ4 block at the highest level, its matches free to reach
    /// into `dict` (what lz4_flex's `decompress_with_dict` reads back).
    fn compress_hc(data: &[u8], dict: &[u8]) -> Vec<u8> {
        use lz4 as _;
        assert!(
            dict.len() <= 64 * 1024,
            "an LZ4 dictionary is at most 64 KiB"
        );
        let capacity = data.len() + data.len() / 255 + 64;
        let mut out = vec![0u8; capacity];
        // SAFETY: the stream is created, used and freed here alone; every pointer
        // and length passed comes from a live slice of that length; liblz4 keeps
        // no pointer to `dict` beyond LZ4_compress_HC_continue, which runs while
        // `dict` is borrowed.
        let written = unsafe {
            let stream = LZ4_createStreamHC();
            assert!(!stream.is_null(), "LZ4_createStreamHC");
            LZ4_setCompressionLevel(stream, 12);
            LZ4_loadDictHC(stream, dict.as_ptr().cast(), dict.len() as c_int);
            let n = LZ4_compress_HC_continue(
                stream,
                data.as_ptr().cast(),
                out.as_mut_ptr().cast(),
                data.len() as c_int,
                capacity as c_int,
            );
            LZ4_freeStreamHC(stream);
            n
        };
        assert!(written > 0, "LZ4 compression failed");
        out.truncate(written as usize);
        out
    }
}
