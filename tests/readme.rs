//! The table of categories and retry advice is the catalogue's: a row
//! per code, in order, with its category and transient flag.

use winhttp_err::ErrorCode;

#[test]
fn the_category_table_is_the_catalogue() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/c-and-cpp.md")).unwrap();
    let start = readme
        .find("<!-- categories:")
        .expect("the table's start marker");
    let end = readme
        .find("<!-- /categories -->")
        .expect("the table's end marker");
    let rows: Vec<&str> = readme[start..end]
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| code") && !l.contains("---"))
        .collect();
    let want: Vec<String> = ErrorCode::all()
        .map(|c| {
            let transient = if c.is_transient() { "yes" } else { "no" };
            format!(
                "| {} | `{}` | {} | {transient} |",
                c.code(),
                c.name(),
                c.category()
            )
        })
        .collect();
    assert_eq!(rows, want);
}
