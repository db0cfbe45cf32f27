//! The analysis screens: the importance–performance matrix and the ranked priority list.

use super::app::{App, Modal, Screen, Walk};
use super::msg::{Cmd, Effect};
use crate::model::{Ranking, TpRef, rank};
use crate::ui::layout;
use crate::views::priority::PriorityView;

impl Walk {
    /// The ranking the analysis screens show, with the matrix's crosshair.
    pub fn ranking(&self) -> Ranking {
        rank(&self.audit, self.matrix.mode)
    }

    /// Puts the walk's cursor on a touchpoint.
    fn go_to(&mut self, at: TpRef) {
        (self.stage, self.tp) = at;
        self.scale = crate::model::Scale::Frequency;
        self.clamp();
    }
}

/// The list item of a touchpoint: ranked first, then unscored, then not applicable.
fn list_item(ranking: &Ranking, at: TpRef) -> Option<usize> {
    let r = ranking.ranked.len();
    let u = ranking.unscored.len();
    ranking
        .ranked
        .iter()
        .position(|x| x.at == at)
        .or_else(|| {
            ranking
                .unscored
                .iter()
                .position(|&x| x == at)
                .map(|i| r + i)
        })
        .or_else(|| {
            let na = ranking.not_applicable.iter().position(|&x| x == at)?;
            Some(r + u + na)
        })
}

impl App {
    /// Keys of the walk that lead to the analysis screens, action plans and exports.
    pub(super) fn walk_analysis_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        match cmd {
            Cmd::OpenMatrix => self.show_matrix(),
            Cmd::OpenPriority => self.show_list(),
            Cmd::EditAction => self.open_action_form(),
            Cmd::Export => return self.export(),
            _ => {}
        }
        Vec::new()
    }

    /// Opens the matrix on the walk's touchpoint when it is ranked.
    fn show_matrix(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        if self.screen == Screen::Walk
            && let Some(at) = w.at()
        {
            let ranking = w.ranking();
            w.matrix.select_touchpoint(at, &ranking);
        }
        self.screen = Screen::Matrix;
    }

    /// Opens the list on the walk's touchpoint, or on the matrix's selection.
    fn show_list(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        let ranking = w.ranking();
        let at = match self.screen {
            Screen::Matrix => w.matrix.selected_touchpoint(&ranking),
            _ => w.at(),
        };
        if let Some(item) = at.and_then(|at| list_item(&ranking, at)) {
            w.priority.selected = item;
        }
        self.screen = Screen::Priority;
        self.follow_list();
    }

    pub(super) fn export(&mut self) -> Vec<Effect> {
        match &self.walk {
            Some(w) => vec![Effect::Export {
                crosshair: w.matrix.mode,
            }],
            None => Vec::new(),
        }
    }

    pub(super) fn matrix_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        let ranking = w.ranking();
        let m = &mut w.matrix;
        match cmd {
            Cmd::Nearest(direction) => drop(m.select_nearest(direction, &ranking)),
            Cmd::NextRank => m.select_next(&ranking),
            Cmd::PrevRank => m.select_prev(&ranking),
            Cmd::ToggleCrosshair => m.toggle_crosshair(),
            Cmd::JumpToWalk => {
                let at = m.selected_touchpoint(&ranking);
                self.jump(at);
            }
            Cmd::OpenPriority => self.show_list(),
            _ => return self.analysis_common(cmd),
        }
        Vec::new()
    }

    pub(super) fn list_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        let ranking = w.ranking();
        let p = &mut w.priority;
        match cmd {
            Cmd::Down => p.select_next(&ranking),
            Cmd::Up => p.select_prev(&ranking),
            Cmd::First => p.select_first(),
            Cmd::Last => p.select_last(&ranking),
            Cmd::JumpToWalk => {
                let at = p.selected_touchpoint(&ranking);
                self.jump(at);
            }
            Cmd::OpenMatrix => {
                if let Some(at) = p.selected_touchpoint(&ranking) {
                    w.matrix.select_touchpoint(at, &ranking);
                }
                self.screen = Screen::Matrix;
            }
            Cmd::EditAction => self.edit_listed_action(&ranking),
            Cmd::Undo => self.undo(false),
            Cmd::Redo => self.undo(true),
            _ => return self.analysis_common(cmd),
        }
        self.follow_list();
        Vec::new()
    }

    /// Keys both analysis screens share.
    fn analysis_common(&mut self, cmd: Cmd) -> Vec<Effect> {
        match cmd {
            Cmd::Export => return self.export(),
            Cmd::Help => self.modal = Some(Modal::Help),
            Cmd::Back => self.screen = Screen::Walk,
            Cmd::Quit => return self.quit(),
            _ => {}
        }
        Vec::new()
    }

    /// Back to the walk, on a touchpoint.
    fn jump(&mut self, at: Option<TpRef>) {
        if let (Some(at), Some(w)) = (at, self.walk.as_mut()) {
            w.go_to(at);
            self.screen = Screen::Walk;
        }
    }

    fn edit_listed_action(&mut self, ranking: &Ranking) {
        let Some(w) = self.walk.as_ref() else { return };
        if let Some(at) = w.priority.selected_touchpoint(ranking)
            && let Some(tp) = crate::model::edit::tp(&w.audit, at)
        {
            let form = super::action::ActionForm::new(at, &tp.name, tp.action.as_ref());
            self.modal = Some(Modal::Action(Box::new(form)));
        }
    }

    /// Keeps the list's selection on screen; the list fills the screen above status and hints.
    pub(super) fn follow_list(&mut self) {
        let area = crate::ui::analysis::body(layout::screen(self.size));
        if let Some(w) = self.walk.as_mut() {
            let ranking = w.ranking();
            w.priority
                .scroll_into_view(PriorityView::list_rows(area), &ranking);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audit, CrosshairMode, Lang, Stage, Touchpoint};

    #[test]
    fn list_items_run_ranked_then_unscored_then_not_applicable() {
        let mut a = Audit::new("t", Lang::En, jiff::Timestamp::UNIX_EPOCH);
        let mut s = Stage::new("s", "S");
        s.touchpoints = ["a", "b", "c"].map(|n| Touchpoint::new(n, n)).to_vec();
        for scale in crate::model::Scale::ALL {
            s.touchpoints[2].set_score("p1", scale, Some(3));
        }
        s.touchpoints[0].not_applicable = true;
        a.stages = vec![s];
        let ranking = rank(&a, CrosshairMode::Midpoint);
        assert_eq!(list_item(&ranking, (0, 2)), Some(0));
        assert_eq!(list_item(&ranking, (0, 1)), Some(1));
        assert_eq!(list_item(&ranking, (0, 0)), Some(2));
        assert_eq!(list_item(&ranking, (1, 0)), None);
    }
}
