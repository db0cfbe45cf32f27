//! The measurement form's handlers: opening it on the selected touchpoint, its keys, saving
//! and removing a measurement, each as one undoable change.

use crate::app::dialogs::measure::{Field, MeasureForm};
use crate::app::msg::Cmd;
use crate::app::state::{App, Modal};
use crate::model::edit::Op;
use crate::model::{Measurement, TpRef};

impl App {
    /// Opens the form for the touchpoint selected in the walk.
    pub(in crate::app) fn open_measure_form(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        if let (Some(at), Some(tp)) = (w.at(), w.selected()) {
            let form = MeasureForm::new(at, &tp.name, self.lang, tp.measurements.clone());
            self.modal = Some(Modal::Measure(Box::new(form)));
        }
    }

    pub(in crate::app) fn measure_command(&mut self, mut form: Box<MeasureForm>, cmd: Cmd) {
        match cmd {
            Cmd::Cancel => return,
            Cmd::SaveForm => return self.save_measurement(form),
            Cmd::Submit if form.focus == Field::Date => return self.save_measurement(form),
            Cmd::RemoveMeasurement => {
                if let Some(list) = form.removed() {
                    return self.set_measurements(form.at, list);
                }
            }
            Cmd::Submit | Cmd::NextField => form.step(true),
            Cmd::PrevField => form.step(false),
            Cmd::ChoiceNext => form.cycle(true),
            Cmd::ChoicePrev => form.cycle(false),
            _ => {}
        }
        self.modal = Some(Modal::Measure(form));
    }

    /// Saves the measurement as one undoable change; a field that cannot be saved keeps the
    /// form open on it, with everything typed.
    fn save_measurement(&mut self, mut form: Box<MeasureForm>) {
        match form.measurement() {
            Ok(m) => {
                let list = form.saved(m);
                self.set_measurements(form.at, list);
            }
            Err(e) => {
                form.focus = e.field;
                form.error = Some(e);
                self.modal = Some(Modal::Measure(form));
            }
        }
    }

    /// The touchpoint's measurements become `list`, when that changes them.
    fn set_measurements(&mut self, at: TpRef, list: Vec<Measurement>) {
        let Some(w) = self.walk.as_mut() else { return };
        let current = crate::model::edit::tp(&w.audit, at).map(|tp| &tp.measurements);
        if current.is_some_and(|c| *c != list) {
            (w.stage, w.tp) = at;
            w.change(Op::Measurements { at, list });
        }
    }
}
