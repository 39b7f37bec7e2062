#![allow(dead_code)] // each test binary uses some of them
//! Hostile FTL files for the loader's tests: each must be refused (or, for the
//! long accepted chain, be served) without overflowing a small stack or taking
//! more than a moment.

use winhttp_err::ffi::WINHTTP_ERR_MAX_FTL_BYTES;

/// Placeables nested 2,000 deep: 4 KB that overflowed a 1 MiB stack.
pub fn deep_placeables() -> Vec<u8> {
    let n = 2000;
    format!(
        "error-winhttp-timeout = {}$x{}\n",
        "{".repeat(n),
        "}".repeat(n)
    )
    .into_bytes()
}

/// Calls nested 2,000 deep.
pub fn deep_calls() -> Vec<u8> {
    let n = 2000;
    format!(
        "error-winhttp-timeout = {{ {}1{} }}\n",
        "F(".repeat(n),
        ")".repeat(n)
    )
    .into_bytes()
}

/// Selects nested in variants, 2,000 deep.
pub fn deep_selects() -> Vec<u8> {
    let mut ftl = String::from("error-winhttp-timeout =");
    for _ in 0..2000 {
        ftl.push_str(" { $n ->\n *[a] x");
    }
    ftl.push('\n');
    ftl.push_str(&"}\n".repeat(2000));
    ftl.into_bytes()
}

/// A chain of `n` terms, each referring to the next, the first used by a message.
pub fn term_chain(n: usize) -> Vec<u8> {
    let mut ftl = String::from("error-winhttp-timeout = { -t0 }\n");
    for i in 0..n {
        let next = if i + 1 < n {
            format!("{{ -t{} }}", i + 1)
        } else {
            "Aegumine.".to_owned()
        };
        ftl.push_str(&format!("-t{i} = {next}\n"));
    }
    ftl.into_bytes()
}

/// A chain of messages, each one's attribute the next one's, up to the limit.
pub fn attribute_chain() -> Vec<u8> {
    let mut ftl = String::from("error-winhttp-timeout = { m0.a }\n");
    let mut i = 0;
    while ftl.len() < WINHTTP_ERR_MAX_FTL_BYTES - 100 {
        ftl.push_str(&format!("m{i} =\n    .a = {{ m{}.a }}\n", i + 1));
        i += 1;
    }
    ftl.into_bytes()
}

/// 1 MiB of small bad entries (`a1 = x`: an unknown id each), some 90,000 errors.
pub fn many_bad_entries() -> Vec<u8> {
    let mut ftl = Vec::new();
    for i in 0.. {
        let line = format!("a{i} = x\n");
        if ftl.len() + line.len() > WINHTTP_ERR_MAX_FTL_BYTES {
            break;
        }
        ftl.extend_from_slice(line.as_bytes());
    }
    ftl
}

/// Exactly the 1 MiB limit: one long pattern of placeables, shallow but many.
pub fn megabyte_of_placeables() -> Vec<u8> {
    let mut ftl = b"error-winhttp-timeout = ".to_vec();
    while ftl.len() + 10 < WINHTTP_ERR_MAX_FTL_BYTES {
        ftl.extend_from_slice(b"{ \"a\" }");
    }
    ftl.resize(WINHTTP_ERR_MAX_FTL_BYTES - 1, b' ');
    ftl.push(b'\n');
    ftl
}
