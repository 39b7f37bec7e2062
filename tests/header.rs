//! The checked-in header is what cbindgen generates from the current sources.
//! Regenerate it with `WINHTTP_ERR_BLESS=1 cargo test --test header`.

use std::path::Path;

/// The version macros cbindgen cannot derive from `env!`, written from Cargo.toml.
fn version_macros() -> String {
    format!(
        "#define WINHTTP_ERR_VERSION \"{}\"\n\
         #define WINHTTP_ERR_VERSION_MAJOR {}\n\
         #define WINHTTP_ERR_VERSION_MINOR {}\n\
         #define WINHTTP_ERR_VERSION_PATCH {}\n\
         /* (major << 16) | (minor << 8) | patch, for #if comparisons. */\n\
         #define WINHTTP_ERR_VERSION_NUMBER ((WINHTTP_ERR_VERSION_MAJOR << 16) | (WINHTTP_ERR_VERSION_MINOR << 8) | WINHTTP_ERR_VERSION_PATCH)",
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH"),
    )
}

fn generate() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config =
        cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml");
    config.after_includes = Some(version_macros());
    let mut out = Vec::new();
    cbindgen::Builder::new()
        .with_crate(root)
        .with_config(config)
        .generate()
        .expect("cbindgen")
        .write(&mut out);
    String::from_utf8(out).unwrap()
}

#[test]
fn header_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/winhttp_err.h");
    let fresh = generate();
    if std::env::var_os("WINHTTP_ERR_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == fresh,
        "include/winhttp_err.h is stale: run `WINHTTP_ERR_BLESS=1 cargo test --test header`"
    );
}

#[test]
fn version_macros_match_cargo() {
    let header = generate();
    for (macro_, value) in [
        (
            "WINHTTP_ERR_VERSION",
            format!("\"{}\"", env!("CARGO_PKG_VERSION")),
        ),
        (
            "WINHTTP_ERR_VERSION_MAJOR",
            env!("CARGO_PKG_VERSION_MAJOR").into(),
        ),
        (
            "WINHTTP_ERR_VERSION_MINOR",
            env!("CARGO_PKG_VERSION_MINOR").into(),
        ),
        (
            "WINHTTP_ERR_VERSION_PATCH",
            env!("CARGO_PKG_VERSION_PATCH").into(),
        ),
    ] {
        let line = format!("#define {macro_} {value}\n");
        assert!(header.contains(&line), "missing {line:?}");
    }
}

#[test]
fn every_function_documents_its_contract() {
    let header = generate();
    let mut doc = String::new();
    let mut functions = 0;
    for line in header.lines() {
        let t = line.trim_start();
        if t.starts_with("/*") || t.starts_with('*') {
            doc.push_str(t);
            doc.push('\n');
        } else if t.contains("winhttp_err_") && t.ends_with(");") {
            functions += 1;
            let lower = doc.to_lowercase();
            assert!(
                lower.contains("thread-safe"),
                "{t}: no thread safety\n{doc}"
            );
            if t.starts_with("const ") {
                assert!(lower.contains("never free"), "{t}: no ownership\n{doc}");
                assert!(
                    lower.contains("utf-") || lower.contains("ascii"),
                    "{t}: no encoding\n{doc}"
                );
            }
            if t.contains('*')
                && t.contains("const char *")
                && t.contains('(')
                && t.split('(').nth(1).unwrap().contains('*')
            {
                assert!(lower.contains("null"), "{t}: no NULL rule\n{doc}");
            }
            doc.clear();
        } else if !t.is_empty() {
            doc.clear();
        }
    }
    assert!(functions >= 8, "found {functions} functions");
}

/// Every name the header defines is the ABI's own: a `pub const` elsewhere in
/// the crate that cbindgen picked up (it exports them all unless told not to)
/// would be an unprefixed macro in users' code.
#[test]
fn the_header_defines_only_prefixed_names() {
    let header = generate();
    let guard = "WINHTTP_ERR_H";
    let mut names = Vec::new();
    for line in header.lines() {
        let line = line.trim_start();
        if let Some(rest) = line.strip_prefix("#define ") {
            names.push(rest.split([' ', '(']).next().unwrap().to_owned());
        } else if line.contains('(')
            && !line.starts_with('*')
            && !line.starts_with("/*")
            && !line.starts_with('#')
        {
            // A prototype: `type name(args…`.
            let before = line.split('(').next().unwrap();
            if let Some(name) = before.split([' ', '*']).rfind(|w| !w.is_empty()) {
                names.push(name.to_owned());
            }
        }
    }
    assert!(
        names.iter().any(|n| n == "winhttp_err_message"),
        "{names:?}"
    );
    for name in &names {
        assert!(
            name.starts_with("WINHTTP_ERR_")
                || name.starts_with("winhttp_err_")
                || name.starts_with(guard),
            "{name} is not the ABI's"
        );
    }
}
