//! Embeds every `locales/<tag>/*.ftl` file, so that adding a translation is adding
//! a folder. The generated `locales.rs` lists tags (sorted, `en-US` required) and
//! the FTL sources of each, without their comments and LZ4-compressed: twelve
//! locales of text would otherwise outweigh the rest of the library (~375 KiB
//! against ~95 KiB), and a locale decompresses in ~20 µs on its first use.

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
    let mut out = String::from(
        "/// `(tag, tag as C string, FTL sources as (LZ4 block, size))` for every shipped\n\
         /// locale, sorted by tag.\n",
    );
    out += "pub(crate) const EMBEDDED: &[(&str, &std::ffi::CStr, &[(&[u8], usize)])] = &[\n";
    let out_dir = env::var("OUT_DIR").unwrap();
    for (tag, files) in &locales {
        out += &format!("    ({tag:?}, c{tag:?}, &[");
        for (i, f) in files.iter().enumerate() {
            // Comments are for translators: the library never reads them.
            let text = fs::read_to_string(f).expect("UTF-8 FTL");
            let body: String = text
                .split_inclusive('\n')
                .filter(|l| !l.starts_with('#'))
                .collect();
            let dest = Path::new(&out_dir).join(format!("{tag}-{i}.ftl.lz4"));
            fs::write(&dest, lz4_flex::block::compress(body.as_bytes())).expect("write FTL");
            out += &format!(
                "(include_bytes!({:?}), {}), ",
                dest.to_str().unwrap(),
                body.len()
            );
        }
        out += "]),\n";
    }
    out += "];\n";
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}
