//! `tpaudit templates`: the checklists a new audit can start from.

use super::{CliError, Context, show, templates_reporting_errors};
use crate::io::report::text::align;
use crate::model::Lang;
use crate::store::templates::Source;

/// Prints id, name, stage and touchpoint counts and source of every usable template.
pub fn run(ctx: &Context) -> Result<(), CliError> {
    let list = templates_reporting_errors();
    let header = match ctx.lang {
        Lang::En => ["id", "name", "stages", "touchpoints", "source"],
        Lang::Ru => ["id", "название", "этапов", "точек", "источник"],
    };
    let builtin = match ctx.lang {
        Lang::En => "built-in",
        Lang::Ru => "встроенный",
    };
    let mut rows = vec![header.map(str::to_string).to_vec()];
    for a in &list {
        let t = &a.template;
        rows.push(vec![
            t.id.clone(),
            t.name.get(ctx.lang).to_string(),
            t.stages.len().to_string(),
            t.touchpoint_count().to_string(),
            match &a.source {
                Source::Builtin => builtin.to_string(),
                Source::User(path) => show(path),
            },
        ]);
    }
    print!("{}", align(&rows, &[false, false, true, true, false]));
    Ok(())
}
