//! The phone page: one self-contained HTML page (inline CSS and JavaScript, nothing fetched
//! from elsewhere), in the audit's language.

use crate::model::Lang;

/// The page for a workshop in `lang`.
pub fn html(lang: Lang) -> String {
    let _ = lang;
    String::from("<!doctype html><html><title>tpaudit</title></html>")
}
