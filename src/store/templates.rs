//! Built-in checklist templates and example audits (embedded at compile time), and the user's
//! own templates from `<config dir>/templates/*.ron`.

use std::path::{Path, PathBuf};

use super::audit_file;
use super::error::{Result, StoreError};
use crate::model::{Audit, Template};

/// The built-in templates, as (id, RON text).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "universal",
        include_str!("../../audits/templates/universal.ron"),
    ),
    (
        "ecommerce",
        include_str!("../../audits/templates/ecommerce.ron"),
    ),
    (
        "services",
        include_str!("../../audits/templates/services.ron"),
    ),
    ("retail", include_str!("../../audits/templates/retail.ron")),
];

/// The bundled example audits, as (file name without `.ron`, RON text).
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "example-retail-ru",
        include_str!("../../audits/examples/example-retail-ru.ron"),
    ),
    (
        "example-online-store-en",
        include_str!("../../audits/examples/example-online-store-en.ron"),
    ),
    (
        "example-evidence-en",
        include_str!("../../audits/examples/example-evidence-en.ron"),
    ),
];

/// Where a template comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Builtin,
    User(PathBuf),
}

/// A template that loaded, with its origin.
#[derive(Debug, Clone)]
pub struct Available {
    pub template: Template,
    pub source: Source,
}

/// The RON text of a template, as tpaudit writes it (the bundled ones are stored so).
pub fn to_ron(template: &Template) -> Result<String, ron::Error> {
    audit_file::pretty(template)
}

/// Parses template text; `origin` names the file in errors.
pub fn parse_template(text: &str, origin: &Path) -> Result<Template> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let template: Template = audit_file::ron_options()
        .from_str(text)
        .map_err(|e| audit_file::syntax_error(origin, &e))?;
    let problems = template.problems();
    if problems.is_empty() {
        Ok(template)
    } else {
        Err(StoreError::Invalid {
            path: origin.into(),
            problems,
        })
    }
}

/// The built-in templates, parsed.
pub fn builtin() -> Vec<Template> {
    BUILTIN
        .iter()
        .map(|(id, text)| {
            let origin = PathBuf::from(format!("audits/templates/{id}.ron"));
            parse_template(text, &origin)
                .unwrap_or_else(|e| panic!("built-in template is broken: {e}"))
        })
        .collect()
}

/// The bundled example audits, parsed.
pub fn examples() -> Vec<(String, Audit)> {
    EXAMPLES
        .iter()
        .map(|(name, text)| {
            let origin = PathBuf::from(format!("audits/examples/{name}.ron"));
            let audit = audit_file::parse(text, &origin)
                .unwrap_or_else(|e| panic!("bundled example is broken: {e}"));
            (name.to_string(), audit)
        })
        .collect()
}

/// Built-in templates, then the user's from `dir` (if given), each user file loaded or failed.
/// A user template with a built-in id replaces the built-in one.
pub fn available(user_dir: Option<&Path>) -> (Vec<Available>, Vec<StoreError>) {
    let mut list: Vec<Available> = builtin()
        .into_iter()
        .map(|template| Available {
            template,
            source: Source::Builtin,
        })
        .collect();
    let mut errors = Vec::new();
    let Some(dir) = user_dir else {
        return (list, errors);
    };
    let Ok(read) = std::fs::read_dir(dir) else {
        return (list, errors);
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    paths.sort();
    for path in paths {
        let loaded = std::fs::read_to_string(&path)
            .map_err(|e| StoreError::io(&path, e))
            .and_then(|text| parse_template(&text, &path));
        match loaded {
            Ok(template) => {
                list.retain(|a| a.template.id != template.id);
                list.push(Available {
                    template,
                    source: Source::User(path),
                });
            }
            Err(e) => errors.push(e),
        }
    }
    (list, errors)
}

/// The folder for user templates inside a config directory.
pub fn user_templates_dir(config: &Path) -> PathBuf {
    config.join("templates")
}
