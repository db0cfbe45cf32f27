//! The ratings CSV: every participant's ratings in the import contract's columns, one row per
//! touchpoint × participant in checklist order, so a spreadsheet can fix them and `import`
//! bring them back (the same stages, touchpoints, participants, ratings and ranking).

use super::Options;
use crate::io::table::{Cell, csv_of};
use crate::model::Audit;

/// The header: the import contract's columns.
pub const HEADER: [&str; 7] = [
    "stage",
    "touchpoint",
    "rater",
    "frequency",
    "impact",
    "satisfaction",
    "notes",
];

/// The ratings' rows, made one at a time. Every touchpoint has a row per participant (empty
/// scores where that participant has not rated it), so unrated touchpoints and participants
/// come back too; the touchpoint's notes are on its first row.
pub fn rows(audit: &Audit) -> impl Iterator<Item = Vec<Cell>> + '_ {
    // Without participants, one row of no one's.
    let raters = audit.participants.len().max(1);
    let rater = move |i: usize| {
        (audit.participants.get(i)).map_or(("", ""), |p| (p.id.as_str(), p.name.as_str()))
    };
    let score = |v: Option<u8>| v.map_or(Cell::Empty, |v| Cell::int(usize::from(v)));
    audit.stages.iter().flat_map(move |stage| {
        stage.touchpoints.iter().flat_map(move |tp| {
            (0..raters).map(move |i| {
                let (id, name) = rater(i);
                let rating = tp.rating(id);
                vec![
                    Cell::text(&stage.name),
                    Cell::text(&tp.name),
                    Cell::text(name),
                    score(rating.and_then(|r| r.frequency)),
                    score(rating.and_then(|r| r.impact)),
                    score(rating.and_then(|r| r.satisfaction)),
                    if i == 0 {
                        Cell::text(&tp.notes)
                    } else {
                        Cell::Empty
                    },
                ]
            })
        })
    })
}

/// Renders the ratings CSV; `--excel`: a UTF-8 BOM and `;`. Written row by row, never
/// holding every row.
pub fn render(audit: &Audit, opts: &Options) -> String {
    csv_of(&HEADER, rows(audit), opts.excel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Participant, Stage, Touchpoint};

    #[test]
    fn one_row_per_touchpoint_and_participant() {
        let mut a = Audit::new("r", crate::model::Lang::En, jiff::Timestamp::UNIX_EPOCH);
        a.participants.push(Participant {
            id: "p2".into(),
            name: "=Bob".into(),
        });
        let mut s = Stage::new("s", "Buy");
        let mut t = Touchpoint::new("t", "Checkout, fast");
        t.set_score("p1", crate::model::Scale::Impact, Some(4));
        t.set_score("p2", crate::model::Scale::Frequency, Some(2));
        t.notes = "slow".into();
        s.touchpoints.push(t.into());
        s.touchpoints.push(Touchpoint::new("u", "Returns").into());
        a.stages.push(s);
        let plain = render(&a, &Options::default());
        assert_eq!(
            plain,
            "stage,touchpoint,rater,frequency,impact,satisfaction,notes\n\
             Buy,\"Checkout, fast\",Participant 1,,4,,slow\n\
             Buy,\"Checkout, fast\",'=Bob,2,,,\n\
             Buy,Returns,Participant 1,,,,\n\
             Buy,Returns,'=Bob,,,,\n"
        );
        let excel = render(
            &a,
            &Options {
                excel: true,
                ..Options::default()
            },
        );
        assert!(excel.starts_with("\u{feff}stage;touchpoint;rater;frequency;"));
        assert!(excel.contains("Buy;Checkout, fast;'=Bob;2;;;\n"));
    }
}
