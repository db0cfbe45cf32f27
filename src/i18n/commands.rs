//! What the command line says when a command succeeds, in English and Russian.

use std::path::Path;

use crate::model::Lang;

/// Where a new audit came from.
#[derive(Debug, Clone, Copy)]
pub enum Origin<'a> {
    /// A checklist template, by id.
    Template(&'a str),
    /// A re-audit of the audit of this name.
    ReAudit(&'a str),
}

/// `tpaudit new`'s confirmation: what was made, from what, how big, and where.
pub fn created(
    lang: Lang,
    name: &str,
    origin: Origin,
    (stages, touchpoints): (usize, usize),
    path: &Path,
) -> String {
    let p = path.display();
    match (lang, origin) {
        (Lang::En, Origin::Template(id)) => format!(
            "created audit '{name}' from template '{id}' ({stages} stages, {touchpoints} touchpoints): {p}"
        ),
        (Lang::En, Origin::ReAudit(prev)) => format!(
            "created audit '{name}' as a re-audit of '{prev}' ({stages} stages, {touchpoints} touchpoints): {p}"
        ),
        (Lang::Ru, Origin::Template(id)) => format!(
            "создан аудит «{name}» по шаблону «{id}» (этапов: {stages}, точек контакта: {touchpoints}): {p}"
        ),
        (Lang::Ru, Origin::ReAudit(prev)) => format!(
            "создан аудит «{name}» как повторный аудит «{prev}» (этапов: {stages}, точек контакта: {touchpoints}): {p}"
        ),
    }
}
