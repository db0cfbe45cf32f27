//! The string catalogue, English and Russian. Views and reports take their words from here.

pub mod commands;
pub mod common;
pub mod cycle;
pub mod errors;
pub mod evidence;
pub mod evidence_summary;
pub mod evidence_views;
pub mod report;
pub mod robust;
pub mod safety;
pub mod ui;
pub mod views;
pub mod workshop;

pub use crate::model::Lang;

/// The UI language: `--lang`, else `LC_ALL`/`LANG` (`ru*` is Russian), else English.
pub fn detect(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_code(&v))
    })
    .unwrap_or(Lang::En)
}

/// A score, mean or priority for a reader of `lang`, with at most one decimal and the
/// language's decimal separator: `37.5` in English, `37,5` in Russian. Every number the
/// workbench and the reports show goes through here, so one screen never mixes separators.
pub fn num(lang: Lang, v: impl Into<f64>) -> String {
    let s = crate::model::fmt_num(v);
    match lang {
        Lang::En => s,
        Lang::Ru => s.replace('.', ","),
    }
}
