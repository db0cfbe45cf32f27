//! The measurement form: adds a figure behind the selected touchpoint ("first response in chat:
//! 14 min, target ≤ 2, lower is better, CRM, 2026-11-30"), or changes or removes one it has.
//! The first field chooses which: a new measurement, or one of the touchpoint's.

use crossterm::event::KeyEvent;

use crate::app::dialogs::action::valid_due;
use crate::app::editor::Editor;
use crate::i18n::evidence::figure;
use crate::model::evidence::{measurement_problems, put_measurement};
use crate::model::{Better, Lang, Measurement, TpRef};

/// The fields in tab order: the choice of measurement, then what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Choice,
    Metric,
    Value,
    Unit,
    Target,
    Better,
    Source,
    Date,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Choice,
        Field::Metric,
        Field::Value,
        Field::Unit,
        Field::Target,
        Field::Better,
        Field::Source,
        Field::Date,
    ];

    /// The field's text editor among [`MeasureForm::fields`]; `None` for the two choices.
    pub fn editor(self) -> Option<usize> {
        match self {
            Field::Metric => Some(0),
            Field::Value => Some(1),
            Field::Unit => Some(2),
            Field::Target => Some(3),
            Field::Source => Some(4),
            Field::Date => Some(5),
            Field::Choice | Field::Better => None,
        }
    }
}

/// What is wrong with a field, found by the model's own checks of a measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NoMetric,
    NotANumber,
    TooLarge,
    BadDate,
}

/// A field the form cannot save, and why; the form stays open on it, nothing typed is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormError {
    pub field: Field,
    pub problem: Problem,
}

/// The form, editing a copy of the touchpoint's measurements until it is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureForm {
    pub at: TpRef,
    pub name: String,
    pub lang: Lang,
    /// The touchpoint's measurements when the form opened.
    pub existing: Vec<Measurement>,
    /// The measurement being changed, by its place in `existing`; `None` adds a new one.
    pub chosen: Option<usize>,
    /// Metric, value, unit, target, source, date.
    pub fields: [Editor; 6],
    pub better: Better,
    pub focus: Field,
    pub error: Option<FormError>,
}

impl MeasureForm {
    /// The form on a touchpoint: on its first measurement when it has any, else a new one.
    pub fn new(at: TpRef, name: &str, lang: Lang, existing: Vec<Measurement>) -> Self {
        let mut form = MeasureForm {
            at,
            name: name.to_string(),
            lang,
            existing,
            chosen: None,
            fields: std::array::from_fn(|_| Editor::new("", false)),
            better: Better::Higher,
            focus: Field::Metric,
            error: None,
        };
        if !form.existing.is_empty() {
            form.load(Some(0));
            form.focus = Field::Choice;
        }
        form
    }

    /// Fills the fields from the chosen measurement, or empties them for a new one.
    fn load(&mut self, chosen: Option<usize>) {
        self.chosen = chosen.filter(|&i| i < self.existing.len());
        let m = self.chosen.map(|i| self.existing[i].clone());
        let m = m.unwrap_or_else(|| Measurement::new("", 0.0));
        let lang = self.lang;
        let value = match self.chosen {
            Some(_) => figure(lang, m.value),
            None => String::new(),
        };
        let target = m.target.map(|t| figure(lang, t)).unwrap_or_default();
        let texts = [&m.metric, &value, &m.unit, &target, &m.source, &m.date];
        self.fields = texts.map(|s| Editor::new(s, false));
        self.better = m.better;
        self.error = None;
    }

    /// The next (or previous) measurement to change, "new" among them, its fields loaded.
    fn choose(&mut self, forward: bool) {
        let n = self.existing.len() + 1;
        // Place 0 is "new"; place i + 1 is measurement i.
        let place = self.chosen.map_or(0, |i| i + 1);
        let place = if forward {
            (place + 1) % n
        } else {
            (place + n - 1) % n
        };
        self.load(place.checked_sub(1));
    }

    /// ← → and Space on a choice: the measurement to change, or which way is better.
    pub(in crate::app) fn cycle(&mut self, forward: bool) {
        match self.focus {
            Field::Choice => self.choose(forward),
            Field::Better => {
                self.better = match self.better {
                    Better::Higher => Better::Lower,
                    Better::Lower => Better::Higher,
                };
                self.error = None;
            }
            _ => {}
        }
    }

    pub(in crate::app) fn step(&mut self, forward: bool) {
        let n = Field::ALL.len();
        let i = Field::ALL
            .iter()
            .position(|&f| f == self.focus)
            .unwrap_or(0);
        let i = if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        };
        self.focus = Field::ALL[i];
    }

    /// Whether the focus is on a text field (where space and arrows type).
    pub fn in_text(&self) -> bool {
        self.focus.editor().is_some()
    }

    pub fn text(&self, field: Field) -> &str {
        field.editor().map_or("", |i| self.fields[i].text())
    }

    /// A key typed into the focused text field.
    pub fn edit(&mut self, key: KeyEvent) {
        if let Some(i) = self.focus.editor() {
            self.fields[i].key(key);
            self.error = None;
        }
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(i) = self.focus.editor() {
            self.fields[i].insert(text);
            self.error = None;
        }
    }

    /// The name of another of the touchpoint's measurements the typed metric would replace.
    pub fn replaces(&self) -> Option<&str> {
        let metric = self.text(Field::Metric);
        (self.existing.iter().enumerate())
            .find(|(i, m)| Some(*i) != self.chosen && !metric.trim().is_empty() && m.is(metric))
            .map(|(_, m)| m.metric.as_str())
    }

    /// The measurement the form describes, or the first field that cannot be saved. Each field
    /// is checked by the model's own checks of a measurement, alone, so the error names it.
    pub fn measurement(&self) -> Result<Measurement, FormError> {
        let fail = |field, problem| Err(FormError { field, problem });
        let ok = |m: Measurement| measurement_problems("", &[m], false).is_empty();
        let metric = self.text(Field::Metric).trim().to_string();
        if !ok(Measurement::new(metric.clone(), 0.0)) {
            return fail(Field::Metric, Problem::NoMetric);
        }
        let Some(value) = number(self.text(Field::Value)) else {
            return fail(Field::Value, Problem::NotANumber);
        };
        if !ok(Measurement::new("x", value)) {
            return fail(Field::Value, Problem::TooLarge);
        }
        let mut m = Measurement::new(metric, value);
        let target = self.text(Field::Target).trim();
        if !target.is_empty() {
            let Some(t) = number(target) else {
                return fail(Field::Target, Problem::NotANumber);
            };
            m.target = Some(t);
            if !ok(m.clone()) {
                return fail(Field::Target, Problem::TooLarge);
            }
        }
        m.date = self.text(Field::Date).trim().to_string();
        if !valid_due(&m.date) || !ok(m.clone()) {
            return fail(Field::Date, Problem::BadDate);
        }
        m.unit = self.text(Field::Unit).trim().to_string();
        m.source = self.text(Field::Source).trim().to_string();
        m.better = self.better;
        Ok(m)
    }

    /// The touchpoint's measurements with `m` saved: in place of the chosen one, or added; one
    /// of the same metric is replaced either way, so a metric is never there twice.
    pub fn saved(&self, m: Measurement) -> Vec<Measurement> {
        let mut list = self.existing.clone();
        match self.chosen {
            Some(i) => {
                let keep: Vec<bool> = (list.iter().enumerate())
                    .map(|(j, x)| j == i || !x.is(&m.metric))
                    .collect();
                list[i] = m;
                let mut keep = keep.into_iter();
                list.retain(|_| keep.next().unwrap_or(true));
            }
            None => put_measurement(&mut list, m),
        }
        list
    }

    /// The touchpoint's measurements without the chosen one; `None` when adding a new one.
    pub fn removed(&self) -> Option<Vec<Measurement>> {
        let i = self.chosen?;
        let mut list = self.existing.clone();
        list.remove(i);
        Some(list)
    }
}

/// A number as people type it: `14`, `2.5`, `2,5`, `12 400`, `-3`.
fn number(text: &str) -> Option<f64> {
    let clean: String = (text.trim().chars())
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if clean.is_empty() || clean.contains(['e', 'E', 'i', 'n', 'N', 'I']) {
        return None;
    }
    clean.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chat() -> Measurement {
        let mut m = Measurement::new("First response", 14.0);
        m.unit = "min".into();
        m.target = Some(2.0);
        m.better = Better::Lower;
        m
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(number("14"), Some(14.0));
        assert_eq!(number(" 2,5 "), Some(2.5));
        assert_eq!(number("12 400"), Some(12400.0));
        assert_eq!(number("−3"), Some(-3.0));
        assert_eq!(number("1e3"), None);
        assert_eq!(number("NaN"), None);
        assert_eq!(number("inf"), None);
        assert_eq!(number("14 min"), None);
        assert_eq!(number(""), None);
    }

    #[test]
    fn changing_a_measurement_to_a_metric_the_touchpoint_has_replaces_that_one() {
        let bounce = Measurement::new("Bounce", 40.0);
        let mut form = MeasureForm::new((0, 0), "t", Lang::En, vec![chat(), bounce]);
        assert_eq!(form.chosen, Some(0));
        assert_eq!(form.text(Field::Value), "14");
        form.fields[0] = Editor::new("bounce", false);
        assert_eq!(form.replaces(), Some("Bounce"));
        let m = form.measurement().expect("valid");
        let list = form.saved(m);
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].metric.as_str(), list[0].value), ("bounce", 14.0));
    }

    #[test]
    fn choosing_cycles_through_new_and_each_measurement() {
        let mut form = MeasureForm::new((0, 0), "t", Lang::Ru, vec![chat()]);
        form.cycle(true);
        assert_eq!((form.chosen, form.text(Field::Metric)), (None, ""));
        form.cycle(true);
        assert_eq!(form.chosen, Some(0));
        assert_eq!(form.better, Better::Lower);
        form.focus = Field::Better;
        form.cycle(true);
        assert_eq!(form.better, Better::Higher);
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut form = MeasureForm::new((0, 0), "t", Lang::En, Vec::new());
        let err = |f: &MeasureForm| f.measurement().err().map(|e| (e.field, e.problem));
        assert_eq!(err(&form), Some((Field::Metric, Problem::NoMetric)));
        form.fields[0] = Editor::new("Chat", false);
        assert_eq!(err(&form), Some((Field::Value, Problem::NotANumber)));
        form.fields[1] = Editor::new("1e13", false);
        assert_eq!(err(&form), Some((Field::Value, Problem::NotANumber)));
        form.fields[1] = Editor::new("10000000000000", false);
        assert_eq!(err(&form), Some((Field::Value, Problem::TooLarge)));
        form.fields[1] = Editor::new("14", false);
        form.fields[3] = Editor::new("two", false);
        assert_eq!(err(&form), Some((Field::Target, Problem::NotANumber)));
        form.fields[3] = Editor::new("2", false);
        form.fields[5] = Editor::new("2026-11", false);
        assert_eq!(err(&form), Some((Field::Date, Problem::BadDate)));
        form.fields[5] = Editor::new("2026-02-30", false);
        assert_eq!(err(&form), Some((Field::Date, Problem::BadDate)));
        form.fields[5] = Editor::new("2026-11-30", false);
        assert!(form.measurement().is_ok());
    }
}
