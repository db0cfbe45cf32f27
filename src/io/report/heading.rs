//! A report's heading line.

/// A report's heading: "kind: title", or the title alone when it already says what kind of
/// report it is ("Northwind Tea Co.: online store touchpoint audit" needs no "Touchpoint
/// audit:" before it).
pub(crate) fn titled(kind: &str, title: &str) -> String {
    if title.to_lowercase().contains(&kind.to_lowercase()) {
        title.to_string()
    } else {
        format!("{kind}: {title}")
    }
}
