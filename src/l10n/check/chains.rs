//! How deep formatting a message recurses: the placeables it nests, plus those
//! of every message and term its references lead into. Fluent's resolver
//! recurses once per level and stops only after 100 placeables, some 280 KiB
//! of stack in a debug build; a message deeper than [`MAX_DEPTH`] is refused
//! before anything formats it, so no lookup of an accepted file recurses more.

use std::collections::HashMap;

use fluent_syntax::ast;

use super::MAX_DEPTH;

/// An entry a reference leads to: (is a term, id).
type Key<'s> = (bool, &'s str);

/// The references of every pattern of an entry, with the nesting level each is at.
fn references<'s>(patterns: &[&ast::Pattern<&'s str>]) -> (usize, Vec<(usize, Key<'s>)>) {
    fn pattern<'s>(
        p: &ast::Pattern<&'s str>,
        level: usize,
        out: &mut (usize, Vec<(usize, Key<'s>)>),
    ) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, level + 1, out);
            }
        }
    }
    fn expr<'s>(
        e: &ast::Expression<&'s str>,
        level: usize,
        out: &mut (usize, Vec<(usize, Key<'s>)>),
    ) {
        out.0 = out.0.max(level);
        match e {
            ast::Expression::Inline(i) => inline(i, level, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, level, out);
                for v in variants {
                    pattern(&v.value, level, out);
                }
            }
        }
    }
    fn inline<'s>(
        i: &ast::InlineExpression<&'s str>,
        level: usize,
        out: &mut (usize, Vec<(usize, Key<'s>)>),
    ) {
        match i {
            ast::InlineExpression::MessageReference { id, .. } => {
                out.1.push((level, (false, id.name)))
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                out.1.push((level, (true, id.name)));
                if let Some(a) = arguments {
                    for p in &a.positional {
                        inline(p, level + 1, out);
                    }
                    for n in &a.named {
                        inline(&n.value, level + 1, out);
                    }
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for p in &arguments.positional {
                    inline(p, level + 1, out);
                }
                for n in &arguments.named {
                    inline(&n.value, level + 1, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, level + 1, out),
            _ => {}
        }
    }
    let mut out = (0, Vec::new());
    for p in patterns {
        pattern(p, 0, &mut out);
    }
    out
}

/// The entries of some parsed files whose formatting would recurse more than
/// [`MAX_DEPTH`] levels. A reference to an entry that is not defined counts
/// nothing; a cycle counts once around (it does not format anyway).
pub(super) fn too_deep<'s>(all: impl Iterator<Item = &'s ast::Entry<&'s str>>) -> Vec<Key<'s>> {
    let mut entries: HashMap<Key<'s>, (usize, Vec<(usize, Key<'s>)>)> = HashMap::new();
    let mut order = Vec::new();
    {
        for entry in all {
            let (key, value, attributes) = match entry {
                ast::Entry::Message(m) => ((false, m.id.name), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => ((true, t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut patterns: Vec<&ast::Pattern<&str>> = value.into_iter().collect();
            patterns.extend(attributes.iter().map(|a| &a.value));
            let refs = references(&patterns);
            // A later definition overrides, as in the bundle.
            if entries.insert(key, refs).is_none() {
                order.push(key);
            }
        }
    }
    // Depth of each entry, by an explicit stack (a chain may be thousands long).
    let mut depth: HashMap<Key<'s>, usize> = HashMap::new();
    for &root in &order {
        if depth.contains_key(&root) {
            continue;
        }
        // (entry, next reference to look at, deepest so far)
        let mut stack = vec![(root, 0usize, entries[&root].0)];
        depth.insert(root, 0); // in progress: a cycle back to it counts 0
        while let Some(&mut (key, ref mut next, ref mut deepest)) = stack.last_mut() {
            let refs = &entries[&key].1;
            if let Some(&(level, target)) = refs.get(*next) {
                *next += 1;
                match depth.get(&target) {
                    Some(&d) => *deepest = (*deepest).max(level + d),
                    None if entries.contains_key(&target) => {
                        depth.insert(target, 0);
                        stack.push((target, 0, entries[&target].0));
                    }
                    None => {}
                }
                continue;
            }
            let done = *deepest;
            depth.insert(key, done);
            stack.pop();
            if let Some(parent) = stack.last_mut() {
                let level = entries[&parent.0].1[parent.1 - 1].0;
                parent.2 = parent.2.max(level + done);
            }
        }
    }
    order.into_iter().filter(|k| depth[k] > MAX_DEPTH).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep(ftl: &str) -> Vec<(bool, String)> {
        let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
        too_deep(resource.body.iter())
            .into_iter()
            .map(|(t, id)| (t, id.to_owned()))
            .collect()
    }

    fn chain(links: usize) -> String {
        let mut ftl = String::from("m = { -t0 }\n");
        for i in 0..links {
            ftl.push_str(&format!("-t{i} = {{ -t{} }}\n", i + 1));
        }
        ftl.push_str(&format!("-t{links} = end\n"));
        ftl
    }

    #[test]
    fn each_reference_is_a_level() {
        // m's placeable, then one level per link.
        assert!(deep(&chain(MAX_DEPTH - 1)).is_empty());
        let over = deep(&chain(MAX_DEPTH));
        assert_eq!(over, [(false, "m".to_owned())]);
        // Thousands of links, and a cycle: no recursion here either.
        assert_eq!(deep(&chain(5000)).len(), 5000 - MAX_DEPTH + 1);
        assert!(deep("a = { b }\nb = { a }\n").is_empty());
        // Nesting inside each pattern adds up along the chain.
        let nested = format!(
            "a = {}b{}\nb = {}x{}\n",
            "{".repeat(9),
            "}".repeat(9),
            "{ ".repeat(8),
            " }".repeat(8)
        );
        assert_eq!(deep(&nested).len(), 1);
    }
}
