//! No import circles between the crate's modules: data flows one way
//! (catalogue, flags and hosts at the bottom; locale, then l10n; the API, the C
//! ABI, the CLI on top). Each top-level module's files are read for the paths
//! they name (`crate::x`, or a name `lib.rs` re-exports from `x`), and the
//! graph of those edges must have no cycle. Unit tests (`mod tests`) may reach
//! anywhere and are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `text` without its `#[cfg(test)] mod tests { … }` (always last in a file here).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |i| &text[..i])
}

/// Identifier characters only.
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

#[test]
fn modules_import_each_other_one_way_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    // Top-level modules, and the names lib.rs re-exports from each.
    let mut modules = BTreeSet::new();
    let mut reexported: BTreeMap<String, String> = BTreeMap::new();
    for line in lib.lines() {
        let line = line.trim();
        for prefix in ["pub mod ", "mod ", "pub(crate) mod "] {
            if let Some(rest) = line.strip_prefix(prefix) {
                modules.insert(ident(rest).to_owned());
            }
        }
        if let Some(rest) = line.strip_prefix("pub use ") {
            let module = ident(rest).to_owned();
            let names = rest[module.len()..].trim_end_matches(';');
            for name in names.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if name.chars().next().is_some_and(char::is_uppercase) {
                    reexported.insert(name.to_owned(), module.clone());
                }
            }
        }
    }
    assert!(
        modules.contains("catalog") && modules.contains("l10n"),
        "{modules:?}"
    );

    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for module in &modules {
        let mut files = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            rust_files(&dir, &mut files);
        } else {
            files.push(src.join(format!("{module}.rs")));
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let text = without_tests(&text);
            for (i, _) in text.match_indices("crate::") {
                let mut rest = &text[i + "crate::".len()..];
                // `crate::{a, b::c}`: each item.
                let items: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                    let end = group.find('}').unwrap_or(group.len());
                    rest = &group[..end];
                    rest.split(',').map(str::trim).collect()
                } else {
                    vec![rest]
                };
                for item in items {
                    let name = ident(item);
                    let target = if modules.contains(name) {
                        name.to_owned()
                    } else if let Some(m) = reexported.get(name) {
                        m.clone()
                    } else {
                        continue;
                    };
                    if &target != module {
                        edges.entry(module.clone()).or_default().insert(target);
                    }
                }
            }
        }
    }

    // Depth-first search for a cycle, reporting it.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            panic!("import circle: {} -> {node}", path[at..].join(" -> "));
        }
        if done.contains(node) {
            return;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, path, done);
        }
        path.pop();
        done.insert(node.to_owned());
    }
    let mut done = BTreeSet::new();
    for module in &modules {
        visit(module, &edges, &mut Vec::new(), &mut done);
    }
    // The bottom stays at the bottom.
    for leaf in ["catalog", "cert_flags", "host"] {
        assert!(
            edges.get(leaf).map_or(true, BTreeSet::is_empty),
            "{leaf} imports {:?}",
            edges[leaf]
        );
    }
}
