//! What a pattern uses: its variables, its references, whether it has words.

use super::*;

/// Every variable a pattern uses.
pub(super) fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(pattern, &mut |e| {
        if let ast::InlineExpression::VariableReference { id } = e {
            out.insert(id.name.to_owned());
        }
    });
    out
}

/// Calls `f` on every inline expression of `pattern`, selectors and variants included.
pub(super) fn walk<'s>(
    pattern: &ast::Pattern<&'s str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, f);
        }
    }
}

pub(super) fn walk_expression<'s>(
    expression: &ast::Expression<&'s str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, f),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, f);
            for variant in variants {
                walk(&variant.value, f);
            }
        }
    }
}

pub(super) fn walk_inline<'s>(
    inline: &ast::InlineExpression<&'s str>,
    f: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    f(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, f);
            }
            for a in &arguments.named {
                walk_inline(&a.value, f);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, f),
        _ => {}
    }
}

pub(super) fn has_words(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { value } => value.chars().any(char::is_alphabetic),
        ast::PatternElement::Placeable { .. } => false,
    })
}
