//! An action plan, merged field by field like the touchpoint it belongs to.

use super::cx::Cx;
use crate::model::audit::{Action, Touchpoint};

/// The merged action plan of one touchpoint (`at` names it in conflicts): each field on its
/// own. A plan neither side has stays absent, and one a side had keeps existing.
pub(super) fn merge_action(
    cx: &mut Cx,
    at: &str,
    b: Option<&Touchpoint>,
    o: &Touchpoint,
    t: &Touchpoint,
) -> Option<Action> {
    let action_of = |tp: &Touchpoint| tp.action.clone().unwrap_or_default();
    let (xb, xo, xt) = (b.map(action_of), action_of(o), action_of(t));
    macro_rules! act {
        ($f:ident, $label:expr) => {
            cx.pick(
                || format!("{at}: action plan, {}", $label),
                xb.as_ref().map(|x| &x.$f),
                &xo.$f,
                &xt.$f,
            )
        };
    }
    let action = Action {
        action: act!(action, "action"),
        owner: act!(owner, "owner"),
        due: act!(due, "due"),
        kpi: act!(kpi, "KPI"),
        kpi_current: act!(kpi_current, "KPI now"),
        kpi_target: act!(kpi_target, "KPI target"),
        status: act!(status, "status"),
    };
    let keep_action = action != Action::default() || o.action.is_some() && t.action.is_some();
    keep_action.then_some(action)
}
