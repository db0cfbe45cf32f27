//! The built-in checklists and the bundled example audits: complete, bilingual, and ranked
//! exactly as the method in PRODUCT.md says when worked out by hand.

use tpaudit::model::Template;
use tpaudit::store::templates;

const STAGES: [&str; 5] = [
    "awareness",
    "consideration",
    "purchase",
    "delivery",
    "retention",
];

fn template(id: &str) -> Template {
    templates::builtin()
        .into_iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no built-in template '{id}'"))
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn both(label: &str, en: &str, ru: &str) {
    assert!(!en.trim().is_empty(), "{label}: English text is empty");
    assert!(!ru.trim().is_empty(), "{label}: Russian text is empty");
    assert!(
        ru.chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c))),
        "{label}: Russian text has no Cyrillic: {ru}"
    );
}

#[test]
fn every_builtin_template_is_complete_in_both_languages() {
    let all = templates::builtin();
    assert_eq!(all.len(), 4);
    for t in &all {
        assert!(t.problems().is_empty(), "{}: {:?}", t.id, t.problems());
        both(&format!("{} name", t.id), &t.name.en, &t.name.ru);
        both(
            &format!("{} description", t.id),
            &t.description.en,
            &t.description.ru,
        );
        assert!(
            t.touchpoint_count() >= 18,
            "{}: only {} touchpoints",
            t.id,
            t.touchpoint_count()
        );
        let stage_ids: Vec<&str> = t.stages.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(stage_ids, STAGES, "{}: stage ids", t.id);
        for s in &t.stages {
            let label = format!("{}/{}", t.id, s.id);
            both(&format!("{label} name"), &s.name.en, &s.name.ru);
            both(
                &format!("{label} description"),
                &s.description.en,
                &s.description.ru,
            );
            assert!(
                (1..=2).contains(&s.questions.len()),
                "{label}: 1–2 stage questions"
            );
            for q in &s.questions {
                both(&format!("{label} question"), &q.en, &q.ru);
            }
            assert!(!s.touchpoints.is_empty(), "{label}: no touchpoints");
            for tp in &s.touchpoints {
                let label = format!("{}/{}", t.id, tp.id);
                assert!(is_kebab(&tp.id), "{label}: id is not kebab-case ASCII");
                both(&format!("{label} name"), &tp.name.en, &tp.name.ru);
                both(
                    &format!("{label} description"),
                    &tp.description.en,
                    &tp.description.ru,
                );
                assert!(
                    (1..=3).contains(&tp.questions.len()),
                    "{label}: 1–3 questions"
                );
                for q in &tp.questions {
                    both(&format!("{label} question"), &q.en, &q.ru);
                    assert!(
                        q.en.trim_end().ends_with('?') || q.en.contains('?'),
                        "{label}: not a question: {}",
                        q.en
                    );
                }
            }
        }
    }
}

#[test]
fn universal_has_the_five_stages_and_at_least_24_touchpoints() {
    let t = template("universal");
    let names: Vec<&str> = t.stages.iter().map(|s| s.name.en.as_str()).collect();
    assert_eq!(
        names,
        [
            "Awareness",
            "Consideration",
            "Purchase",
            "Delivery and use",
            "Retention and advocacy"
        ]
    );
    assert!(t.touchpoint_count() >= 24, "{}", t.touchpoint_count());
}
