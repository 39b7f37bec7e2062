//! Embeds every `locales/<tag>/*.ftl` file, so that adding a translation is adding
//! a folder. The generated `locales.rs` lists tags (sorted, `en-US` required) and
//! the FTL sources of each, without their comments, LZ4-compressed in blocks of
//! whole entries (~8 KiB): twelve locales of text would otherwise outweigh the rest of the
//! library (~375 KiB against ~125 KiB), and a first lookup decompresses one block
//! (~10 µs) rather than a whole file.

use std::{env, fs, path::Path};

fn main() {
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
