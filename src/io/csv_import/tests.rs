use jiff::Timestamp;

use super::*;
use crate::model::{
    Lang, Level, Scale, Template, template::TemplateStage, template::TemplateTouchpoint,
};

fn base() -> Audit {
    Audit::new("imported", Lang::En, Timestamp::UNIX_EPOCH)
}

fn import(text: &str) -> Audit {
    match parse(text, base()) {
        Ok(a) => a,
        Err(e) => panic!("import failed: {e}"),
    }
}

fn problems(text: &str) -> Vec<RowProblem> {
    match parse(text, base()) {
        Err(ImportError::Rows(p)) => p,
        other => panic!("expected row problems, got {other:?}"),
    }
}

fn scores(a: &Audit, si: usize, ti: usize, pid: &str) -> [Option<u8>; 3] {
    let r = a.stages[si].touchpoints[ti].rating(pid);
    Scale::ALL.map(|s| r.and_then(|r| r.get(s)))
}

#[test]
fn comma_file_in_any_column_order_and_case() {
    let a = import("Touchpoint,SATISFACTION,stage,Impact,frequency\nAds,2,Awareness,4,5\n");
    assert_eq!(a.stages.len(), 1);
    assert_eq!(a.stages[0].name, "Awareness");
    assert_eq!(a.stages[0].touchpoints[0].name, "Ads");
    assert_eq!(scores(&a, 0, 0, "p1"), [Some(5), Some(4), Some(2)]);
}

#[test]
fn semicolon_delimiter_is_detected_with_bom_and_crlf() {
    let text = "\u{feff}stage;touchpoint;frequency;impact;satisfaction\r\nПокупка;Касса;3;4;5\r\n";
    let a = import(text);
    assert_eq!(a.stages[0].name, "Покупка");
    assert_eq!(a.stages[0].touchpoints[0].name, "Касса");
    assert_eq!(scores(&a, 0, 0, "p1"), [Some(3), Some(4), Some(5)]);
}

#[test]
fn comma_inside_quotes_does_not_fool_the_detection() {
    let text = "stage,touchpoint,notes\nA,B,\"x; y; z\"\n";
    assert_eq!(detect_delimiter(text.as_bytes()), b',');
    let text = "stage;touchpoint;notes\nA;\"B, C\";n\n";
    assert_eq!(detect_delimiter(text.as_bytes()), b';');
    assert_eq!(import(text).stages[0].touchpoints[0].name, "B, C");
}

#[test]
fn stages_and_touchpoints_keep_first_seen_order_and_empty_scores_stay_unscored() {
    let a = import(
        "stage,touchpoint,frequency,impact,satisfaction\n\
         B,b1,1,,\nA,a1,,,\nB,b2,2,2,2\nA,a2,3,3,3\n",
    );
    let names: Vec<_> = a.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["B", "A"]);
    assert_eq!(a.stages[0].touchpoints[1].name, "b2");
    assert_eq!(scores(&a, 0, 0, "p1"), [Some(1), None, None]);
    assert!(a.stages[1].touchpoints[0].ratings.is_empty());
    assert_eq!(a.participants.len(), 1);
}

#[test]
fn raters_become_participants_and_notes_are_joined_with_names() {
    let a = import(
        "stage,touchpoint,rater,frequency,impact,satisfaction,notes\n\
         S,T,Anna,4,5,1,slow\nS,T,Boris,5,4,2,\nS,U,Vera,1,1,1,ok\n\
         S,T,Vera,3,3,3,rude\n",
    );
    let names: Vec<_> = a.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anna", "Boris", "Vera"]);
    let t = &a.stages[0].touchpoints[0];
    assert_eq!(t.ratings.len(), 3);
    assert_eq!(a.participants[0].id, "anna");
    assert_eq!(t.notes, "Anna: slow\nVera: rude");
    assert_eq!(a.stages[0].touchpoints[1].notes, "ok");
    assert!(crate::model::validate(&a).is_empty());
}

#[test]
fn every_bad_row_is_reported_with_its_row_number() {
    let text = "stage,touchpoint,frequency,impact,satisfaction\n\
                A,a,6,1,1\nA,,1,1,1\n,b,1,1,1\nA,c,2.5,x,0\nA,d,1,1\nA,a,1,1,1\n";
    let p = problems(text);
    let rows: Vec<usize> = p.iter().map(|p| p.row).collect();
    assert_eq!(rows, [2, 3, 4, 5, 5, 5, 6]);
    assert!(p[0].reason.contains("frequency score 6 is out of range"));
    assert!(p[1].reason.contains("touchpoint name is missing"));
    assert!(p[2].reason.contains("stage name is missing"));
    assert!(p[3].reason.contains("'2.5' is not a whole number"));
    assert!(p[5].reason.contains("satisfaction score 0"));
    assert!(p[6].reason.contains("4 cells but the header has 5"));
    // Row 7 repeats row 2, which was rejected, so only the bad rows count as seen.
    assert_eq!(p.len(), 7);
}

#[test]
fn duplicate_stage_touchpoint_rater_is_rejected() {
    let p = problems("stage,touchpoint,rater\nA,a,Ann\nA,a,Bob\n a , A ,ann\n");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].row, 4);
    assert!(
        p[0].reason
            .contains("already scored by rater 'ann' in row 2")
    );
    let p = problems("stage,touchpoint\nA,a\nA,a\n");
    assert_eq!((p[0].row, p[0].reason.contains("row 2")), (3, true));
}

#[test]
fn header_problems_are_row_one() {
    let p = problems("stage,name,touchpoint,stage\nA,b,c,d\n");
    assert!(p.iter().all(|p| p.row == 1));
    assert!(p[0].reason.contains("unknown column 'name'"));
    assert!(p[1].reason.contains("'stage' appears twice"));
    let p = problems("stage,frequency\nA,1\n");
    assert!(p[0].reason.contains("'touchpoint' is missing"));
}

#[test]
fn bad_utf8_is_a_row_problem() {
    let mut bytes = b"stage,touchpoint\nA,ok\nB,".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(b"\n");
    match parse_bytes(&bytes, base()) {
        Err(ImportError::Rows(p)) => {
            assert_eq!(p.len(), 1);
            assert_eq!(p[0].row, 3);
            assert!(p[0].reason.contains("not valid UTF-8"));
        }
        other => panic!("expected a UTF-8 problem, got {other:?}"),
    }
}

#[test]
fn empty_files_and_blank_rows() {
    assert_eq!(parse("", base()), Err(ImportError::Empty));
    assert_eq!(
        parse("stage,touchpoint\n", base()),
        Err(ImportError::NoRows)
    );
    let a = import("stage,touchpoint\n,\nA,a\n   \n");
    assert_eq!(a.touchpoint_count(), 1);
}

#[test]
fn quoted_cells_keep_quotes_newlines_and_commas() {
    let a =
        import("stage,touchpoint,notes\n\"Buy, pay\",\"The \"\"Pay\"\" button\",\"a\nb\"\nC,d,\n");
    assert_eq!(a.stages[0].name, "Buy, pay");
    assert_eq!(a.stages[0].touchpoints[0].name, "The \"Pay\" button");
    assert_eq!(a.stages[0].touchpoints[0].notes, "a\nb");
    // The quoted newline keeps the next record at row 3.
    let p = problems("stage,touchpoint,notes\n\"A\",\"b\",\"x\ny\"\nC,d,e,f\n");
    assert_eq!(p[0].row, 3);
}

fn template() -> Template {
    let tp = |id: &str, en: &str| TemplateTouchpoint {
        id: id.into(),
        name: crate::model::Text {
            en: en.into(),
            ru: String::new(),
        },
        description: Default::default(),
        channel: Default::default(),
        control: Default::default(),
        questions: Vec::new(),
    };
    Template {
        id: "t".into(),
        name: Default::default(),
        description: Default::default(),
        stages: vec![TemplateStage {
            id: "buy".into(),
            name: crate::model::Text {
                en: "Purchase".into(),
                ru: String::new(),
            },
            description: Default::default(),
            questions: Vec::new(),
            touchpoints: vec![tp("checkout", "Checkout"), tp("pay", "Payment")],
        }],
    }
}

#[test]
fn template_touchpoints_are_filled_by_name_and_others_appended() {
    let base = template().instantiate("x", Lang::En, Timestamp::UNIX_EPOCH);
    let text = "stage,touchpoint,frequency,impact,satisfaction\n\
                 purchase , PAYMENT ,2,3,4\nPurchase,Receipt,1,1,1\nSupport,Chat,5,5,5\n";
    let a = match parse(text, base) {
        Ok(a) => a,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(a.stages.len(), 2);
    let ids: Vec<_> = a.stages[0]
        .touchpoints
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["checkout", "pay", "receipt"]);
    assert_eq!(scores(&a, 0, 1, "p1"), [Some(2), Some(3), Some(4)]);
    assert!(a.stages[0].touchpoints[0].ratings.is_empty());
    assert_eq!(a.stages[1].touchpoints[0].name, "Chat");
    assert!(crate::model::validate(&a).is_empty());
}

#[test]
fn evidence_columns_set_the_levels_from_any_row_of_the_touchpoint() {
    let a = import(
        "stage,touchpoint,rater,satisfaction,satisfaction_evidence,Impact_Evidence\n\
         Buy,Chat,Anna,2,,\n\
         Buy,Chat,Boris,3, Measured ,\n\
         Buy,Site,Anna,4,,observed\n",
    );
    let (chat, site) = (&a.stages[0].touchpoints[0], &a.stages[0].touchpoints[1]);
    assert_eq!(chat.evidence.satisfaction, Level::Measured);
    assert_eq!(chat.evidence.impact, Level::Assumed, "the default");
    assert_eq!(site.evidence.impact, Level::Observed);
    assert!(crate::model::validate(&a).is_empty());
}

#[test]
fn rows_of_one_touchpoint_that_disagree_on_a_level_refuse_the_file() {
    let p = problems(
        "stage,touchpoint,rater,frequency_evidence\n\
         Buy,Chat,Anna,reported\n\
         buy,CHAT,Boris,measured\n\
         Buy,Site,Anna,guess\n",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].row, 4);
    assert!(
        p[0].reason
            .contains("frequency_evidence 'guess' is not one of measured"),
        "{p:?}"
    );
    assert_eq!(p[1].row, 3);
    assert!(
        p[1].reason
            .contains("is measured here but reported in row 2"),
        "{p:?}"
    );
}
