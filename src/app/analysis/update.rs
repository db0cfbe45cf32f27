//! The analysis screens' keys: the importance–performance matrix and the ranked priority list.
//! Both read the walk's one ranking; switching the crosshair ranks again for every screen.

use crate::app::layout;
use crate::app::msg::{Cmd, Effect};
use crate::app::notice::Notice;
use crate::app::state::{App, Modal, PromptFor, Screen, Walk};
use crate::i18n::ui::T;
use crate::model::TpRef;

impl Walk {
    /// Puts the walk's cursor on a touchpoint.
    fn go_to(&mut self, at: TpRef) {
        self.go(at);
        self.scale = crate::model::Scale::Frequency;
        self.clamp();
    }
}

impl App {
    /// Keys of the walk that lead to the analysis screens, action plans and exports.
    pub(in crate::app) fn walk_analysis_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        match cmd {
            Cmd::OpenMatrix => self.show_matrix(),
            Cmd::OpenPriority => self.show_list(),
            Cmd::EditAction => self.open_action_form(),
            Cmd::Export => return self.export(),
            Cmd::OpenReport => return self.open_report(),
            _ => {}
        }
        Vec::new()
    }

    /// Opens the matrix on the walk's touchpoint when it is ranked.
    pub(in crate::app) fn show_matrix(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        if self.screen == Screen::Walk
            && let Some(at) = w.at()
        {
            w.matrix.select_touchpoint(at, w.ranking.shown());
        }
        self.screen = Screen::Matrix;
    }

    /// Opens the list at rank 1 from the walk (what to fix first is what the list is for), or
    /// on the matrix's selection.
    pub(in crate::app) fn show_list(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        if self.screen == Screen::Matrix {
            w.discuss_only = false;
            let at = w.matrix.selected_touchpoint(w.ranking.shown());
            // The matrix shows every touchpoint: a filter that hides the selected one goes.
            if at.is_some_and(|at| !w.shown(at)) {
                w.filter.clear();
            }
            let listed = w.list_ranking();
            if let Some(item) = at.and_then(|at| list_item(&listed, at)) {
                w.priority.selected = item;
            }
        } else {
            w.priority = Default::default();
        }
        self.screen = Screen::Priority;
        self.follow_list();
    }

    /// Asks where to write the reports: the folder tpaudit was started from (or the last one
    /// written to), else the audit's own folder.
    pub(in crate::app) fn export(&mut self) -> Vec<Effect> {
        if self.refused_while_blind() {
            return Vec::new();
        }
        let Some(w) = &self.walk else {
            return Vec::new();
        };
        let dir = self
            .export_dir
            .clone()
            .or_else(|| w.path.parent().map(std::path::Path::to_path_buf))
            .unwrap_or_default();
        self.prompt(PromptFor::ExportTo, &dir.display().to_string());
        Vec::new()
    }

    /// The reports into `dir`, with the crosshair the matrix shows; `dir` is offered next time.
    pub(in crate::app) fn export_to(&mut self, dir: std::path::PathBuf) -> Vec<Effect> {
        let Some(w) = &self.walk else {
            return Vec::new();
        };
        self.export_dir = Some(dir.clone());
        vec![Effect::Export {
            crosshair: w.ranking.mode(),
            dir,
        }]
    }

    /// `O`: the last exported HTML report in the browser, or how to make one.
    pub(in crate::app) fn open_report(&mut self) -> Vec<Effect> {
        if self.refused_while_blind() {
            return Vec::new();
        }
        match &self.last_report {
            Some(path) => {
                // A browser takes a moment to come up: say the key was taken.
                self.flash = Some(Notice::Opening(path.clone()));
                vec![Effect::OpenReport(path.clone())]
            }
            None => {
                self.flash = Some(Notice::Phrase(T::ExportFirst));
                Vec::new()
            }
        }
    }

    /// Reports show every rating and mean: while blind (`b`, or a workshop running) they are
    /// refused, as the matrix and the list are, and the status line says why.
    fn refused_while_blind(&mut self) -> bool {
        let blind = self.walk.as_ref().is_some_and(|w| w.blind());
        if blind {
            self.flash = Some(Notice::Phrase(T::BlindNoReport));
        }
        blind
    }

    pub(in crate::app) fn matrix_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        let ranking = w.ranking.shown();
        let m = &mut w.matrix;
        match cmd {
            Cmd::Nearest(direction) => drop(m.select_nearest(direction, ranking)),
            Cmd::NextRank => m.select_next(ranking),
            Cmd::PrevRank => m.select_prev(ranking),
            // Ranks do not depend on the crosshair, so the selection keeps its touchpoint.
            Cmd::ToggleCrosshair => w.ranking.toggle_crosshair(&w.audit),
            Cmd::JumpToWalk => {
                let at = m.selected_touchpoint(ranking);
                self.jump(at);
            }
            Cmd::OpenPriority => self.show_list(),
            _ => return self.analysis_common(cmd),
        }
        Vec::new()
    }

    pub(in crate::app) fn list_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        if cmd == Cmd::FilterDiscussion {
            w.discuss_only = !w.discuss_only;
            w.priority = Default::default();
            self.follow_list();
            return Vec::new();
        }
        if cmd == Cmd::FilterGaps {
            self.filter_gaps();
            return Vec::new();
        }
        if cmd == Cmd::CycleVariant && w.ranking.customers().is_some() {
            self.flash = Some(Notice::Phrase(T::VariantsTeamOnly));
            return Vec::new();
        }
        if cmd == Cmd::CycleVariant {
            w.variant = (w.list_variant() + 1) % w.ranking.variants().len();
            w.priority = Default::default();
            self.follow_list();
            return Vec::new();
        }
        // Filtered, the list is a ranking of its own; else the one ranking, not copied.
        let filtered = w.list_own().then(|| w.list_ranking().into_owned());
        let ranking = filtered.as_ref().unwrap_or(w.ranking.shown());
        let p = &mut w.priority;
        match cmd {
            Cmd::Down => p.select_next(ranking),
            Cmd::Up => p.select_prev(ranking),
            Cmd::First => p.select_first(),
            Cmd::Last => p.select_last(ranking),
            Cmd::JumpToWalk => {
                let at = p.selected_touchpoint(ranking);
                self.jump(at);
            }
            Cmd::OpenMatrix => {
                if let Some(at) = p.selected_touchpoint(ranking) {
                    w.matrix.select_touchpoint(at, w.ranking.shown());
                }
                self.screen = Screen::Matrix;
            }
            Cmd::EditAction => self.edit_listed_action(),
            Cmd::Filter => self.open_filter(),
            // Esc clears a name filter before it leaves the list.
            Cmd::Back if !w.filter.is_empty() => {
                self.set_filter(String::new());
                return Vec::new();
            }
            Cmd::Undo => self.undo(false),
            Cmd::Redo => self.undo(true),
            _ => return self.analysis_common(cmd),
        }
        self.follow_list();
        Vec::new()
    }

    /// Keys both analysis screens share.
    pub(in crate::app) fn analysis_common(&mut self, cmd: Cmd) -> Vec<Effect> {
        match cmd {
            Cmd::FullScreen => {
                self.full_screen = !self.full_screen;
                if self.screen == Screen::Priority {
                    self.follow_list();
                }
            }
            Cmd::OpenCompare => self.open_compare(),
            Cmd::SatisfactionSource => self.switch_satisfaction_source(),
            Cmd::Export => return self.export(),
            Cmd::OpenReport => return self.open_report(),
            Cmd::Help => self.modal = Some(Modal::Help),
            Cmd::Back => self.screen = Screen::Walk,
            Cmd::Quit => return self.quit(),
            _ => {}
        }
        Vec::new()
    }

    /// Back to the walk, on a touchpoint.
    /// A name filter that would hide the touchpoint is cleared, so the walk shows it.
    pub(in crate::app) fn jump(&mut self, at: Option<TpRef>) {
        if let (Some(at), Some(w)) = (at, self.walk.as_mut()) {
            if !w.shown(at) {
                w.filter.clear();
            }
            w.go_to(at);
            self.screen = Screen::Walk;
        }
    }

    fn edit_listed_action(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        if let Some(at) = w.priority.selected_touchpoint(&w.list_ranking()) {
            self.open_action_form_at(at);
        }
    }

    /// The mouse wheel over the priority list.
    pub(in crate::app) fn scroll_list(&mut self, by: isize, height: usize) {
        let Some(w) = self.walk.as_mut() else { return };
        let filtered = w.list_own().then(|| w.list_ranking().into_owned());
        let ranking = filtered.as_ref().unwrap_or(w.ranking.shown());
        w.priority.scroll_by(by, height, ranking);
    }

    /// A click on a row of the priority list selects its touchpoint.
    pub(in crate::app) fn list_click(&mut self, column: u16, row: u16) {
        let body = layout::analysis(layout::screen(self.size), self.full_screen)[1];
        let (table, _) = layout::list(body, self.full_screen);
        let height = layout::list_rows(body, self.full_screen);
        let first = table.y + 1;
        if column < table.x || column >= table.right() || row < first {
            return;
        }
        let Some(w) = self.walk.as_mut() else { return };
        let filtered = w.list_own().then(|| w.list_ranking().into_owned());
        let ranking = filtered.as_ref().unwrap_or(w.ranking.shown());
        if let Some(item) = w
            .priority
            .item_at(usize::from(row - first), height, ranking)
        {
            w.priority.selected = item;
            w.priority.scroll_into_view(height, ranking);
        }
    }

    /// A click on a matrix mark (its glyph or its label) selects its best-ranked touchpoint;
    /// on a mark of several, each further click selects the next of them.
    pub(in crate::app) fn matrix_click(&mut self, column: u16, row: u16) {
        let plot = layout::matrix_plot(self.size, self.full_screen);
        let lang = self.lang;
        let Some(w) = self.walk.as_mut() else { return };
        let ranking = w.ranking.shown();
        let Some(laid) = w.marks.get(plot, w.ranking.generation(), lang) else {
            return;
        };
        let hit = laid
            .marks
            .iter()
            .find(|p| p.y == row && (p.span.0..p.span.1).contains(&column));
        let Some(p) = hit else { return };
        let current = w.matrix.current(ranking);
        w.matrix.selected = match current.and_then(|c| p.members.iter().position(|&m| m == c)) {
            Some(i) => p.members[(i + 1) % p.members.len()],
            None => p.members[0],
        };
    }

    /// Keeps the list's selection on screen; the list fills the screen above status and hints.
    pub(in crate::app) fn follow_list(&mut self) {
        let full = self.full_screen;
        let body = layout::analysis(layout::screen(self.size), full)[1];
        if let Some(w) = self.walk.as_mut() {
            let rows = layout::list_rows(body, full);
            let filtered = w.list_own().then(|| w.list_ranking().into_owned());
            let ranking = filtered.as_ref().unwrap_or(w.ranking.shown());
            w.priority.scroll_into_view(rows, ranking);
        }
    }

    /// Groups the matrix marks again when the ranking or the plot area changed since.
    pub(in crate::app) fn place_marks(&mut self) {
        if self.screen != Screen::Matrix {
            return;
        }
        let plot = layout::matrix_plot(self.size, self.full_screen);
        if let Some(w) = self.walk.as_mut() {
            let generation = w.ranking.generation();
            w.marks
                .refresh(plot, generation, w.ranking.shown(), self.lang);
        }
    }
}

/// A touchpoint's item in a list ranking: ranked, then unscored, then not applicable.
pub(super) fn list_item(ranking: &crate::model::Ranking, at: TpRef) -> Option<usize> {
    let ranked = ranking.ranked.iter().map(|r| r.at);
    let rest = ranking
        .unscored
        .iter()
        .chain(&ranking.not_applicable)
        .copied();
    ranked.chain(rest).position(|x| x == at)
}
