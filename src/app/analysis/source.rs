//! Where the analysis screens take satisfaction from (the team's ratings or the customers'
//! answers, never mixed in one ranking), and the list's data-gaps filter.

use crate::app::notice::Notice;
use crate::app::state::{App, Screen};
use crate::i18n::ui::T;
use crate::model::voice::SatisfactionFrom;

impl App {
    /// `s`: the matrix and the list switch between the team's ranking and the customers'
    /// ranking of the surveyed touchpoints. Without a survey the key says how to import one
    /// and the screens stay on the team's ratings.
    pub(in crate::app) fn switch_satisfaction_source(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        let surveyed = w.surveyed();
        let (from, said) = match w.ranking.satisfaction_from() {
            SatisfactionFrom::Customers => (SatisfactionFrom::Ratings, T::SourceTeam),
            SatisfactionFrom::Ratings if surveyed => {
                (SatisfactionFrom::Customers, T::SourceCustomers)
            }
            SatisfactionFrom::Ratings => {
                self.flash = Some(Notice::Phrase(T::NoSurvey));
                return;
            }
        };
        let at = match self.screen {
            Screen::Matrix => w.matrix.selected_touchpoint(w.ranking.shown()),
            _ => w.priority.selected_touchpoint(&w.list_ranking()),
        };
        w.ranking.set_satisfaction_from(&w.audit, from);
        // The selection keeps its touchpoint when the other ranking has it.
        w.matrix = Default::default();
        w.priority = Default::default();
        if let Some(at) = at {
            w.matrix.select_touchpoint(at, w.ranking.shown());
            let item = super::update::list_item(&w.list_ranking(), at);
            if let Some(item) = item {
                w.priority.selected = item;
            }
        }
        self.flash = Some(Notice::Phrase(said));
        if self.screen == Screen::Priority {
            self.follow_list();
        }
    }

    /// `d` on the list: only the data gaps of the shown ranking, in rank order, or all.
    pub(in crate::app) fn filter_gaps(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        w.gaps_only = !w.gaps_only;
        w.priority = Default::default();
        self.follow_list();
    }
}
