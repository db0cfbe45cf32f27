//! The built-in checklists and the bundled example audits: complete, bilingual, and ranked
//! exactly as the method in PRODUCT.md says when worked out by hand.

use tpaudit::model::{Audit, CrosshairMode, Lang, Quadrant, Template, fmt_num, rank, validate};
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

fn example(name: &str) -> Audit {
    templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, a)| a)
        .unwrap_or_else(|| panic!("no bundled example '{name}'"))
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

/// One line of the priority list as a person would read it: id, priority, critical, quadrant.
type Line = (String, String, bool, Quadrant);

/// The ranking of an example, by touchpoint id: (top lines, all ranked ids, unscored, not applicable).
fn ranking(audit: &Audit) -> (Vec<Line>, Vec<String>, Vec<String>, Vec<String>) {
    let r = rank(audit, CrosshairMode::Midpoint);
    let id = |(s, t): (usize, usize)| audit.stages[s].touchpoints[t].id.clone();
    let lines = r
        .ranked
        .iter()
        .map(|x| (id(x.at), fmt_num(x.priority), x.critical, x.quadrant))
        .collect::<Vec<_>>();
    let ids = lines.iter().map(|l| l.0.clone()).collect();
    let top = lines.into_iter().take(5).collect();
    let unscored = r.unscored.iter().map(|&at| id(at)).collect();
    let not_applicable = r.not_applicable.iter().map(|&at| id(at)).collect();
    (top, ids, unscored, not_applicable)
}

fn line(id: &str, priority: &str, critical: bool, quadrant: Quadrant) -> Line {
    (id.to_string(), priority.to_string(), critical, quadrant)
}

#[test]
fn examples_parse_validate_and_use_every_part_of_the_method() {
    let all = templates::examples();
    assert_eq!(all.len(), 3);
    let builtin = templates::builtin();
    for (name, audit) in &all {
        assert_eq!(&audit.name, name);
        assert!(validate(audit).is_empty(), "{name}");
        assert!(audit.participants.len() > 1, "{name}: one participant");
        assert!(!audit.client.trim().is_empty(), "{name}: no client");
        let template_id = audit.template.as_deref().unwrap_or_default();
        let template = builtin
            .iter()
            .find(|t| t.id == template_id)
            .unwrap_or_else(|| panic!("{name}: unknown template '{template_id}'"));
        for (_, _, tp) in audit.touchpoints() {
            let from_template = template
                .stages
                .iter()
                .flat_map(|s| &s.touchpoints)
                .any(|t| t.id == tp.id);
            assert!(
                from_template,
                "{name}: '{}' is not in '{template_id}'",
                tp.id
            );
        }
        let r = rank(audit, CrosshairMode::Midpoint);
        let with_notes = r
            .ranked
            .iter()
            .filter(|x| {
                !audit.stages[x.at.0].touchpoints[x.at.1]
                    .notes
                    .trim()
                    .is_empty()
            })
            .count();
        assert_eq!(
            with_notes,
            r.ranked.len(),
            "{name}: a scored touchpoint has no notes"
        );
        assert!(
            r.ranked.len() >= 15,
            "{name}: only {} scored",
            r.ranked.len()
        );
        assert!(!r.unscored.is_empty(), "{name}: nothing unscored");
        assert!(
            !r.not_applicable.is_empty(),
            "{name}: nothing not applicable"
        );
        assert!(r.critical_count() >= 1, "{name}: nothing critical");
        assert!(
            r.ranked.iter().any(|x| x.needs_discussion),
            "{name}: no disagreement"
        );
        let actions = audit
            .touchpoints()
            .filter_map(|(_, _, tp)| tp.action.as_ref())
            .filter(|a| !a.action.is_empty() && !a.owner.is_empty() && !a.kpi_target.is_empty())
            .count();
        assert!(actions >= 3, "{name}: only {actions} complete action plans");
    }
}

#[test]
fn retail_example_ranks_as_worked_out_by_hand() {
    let audit = example("example-retail-ru");
    assert_eq!(audit.lang, Lang::Ru);
    assert_eq!(audit.participants.len(), 3);
    let (top, ids, unscored, not_applicable) = ranking(&audit);
    // Effective score = mean of the three participants' ratings; gap = 6 − satisfaction.
    // checkout:      F (4+4+4)/3=4, I (5+5+5)/3=5, S (2+1+3)/3=2 → gap 4 → 4×5×4 = 80;
    //                critical (5 ≥ 4.5, 2 ≤ 2), so it leads although 100 > 80 exists.
    // home-delivery: F 2, I (5+5+4)/3=4.67, S 2 → gap 4 → 2×14/3×4 = 37.33 → "37.3"; critical
    //                (4.67 ≥ 4.5), second critical, below checkout on priority.
    // stock-availability: F 5, I 4, S 1 → gap 5 → 5×4×5 = 100; impact 4 < 4.5, not critical.
    // website:       F 5, I 5, S (2+3+4)/3=3 → gap 3 → 75; satisfaction 3 is not above 3: fix_first.
    // shelf-layout:  F 5, I 4, S 3 → 5×4×3 = 60, ties storefront (F 5, I 3, S 2 → 5×3×4 = 60);
    //                the higher impact (4 > 3) puts shelf-layout first although it comes later.
    assert_eq!(
        top,
        [
            line("checkout", "80", true, Quadrant::FixFirst),
            line("home-delivery", "37.3", true, Quadrant::FixFirst),
            line("stock-availability", "100", false, Quadrant::FixFirst),
            line("website", "75", false, Quadrant::FixFirst),
            line("shelf-layout", "60", false, Quadrant::FixFirst),
        ]
    );
    // The rest: storefront 60 (I 3); sales-assistants 4×4×3 = 48 and maps-and-reviews 3×4×4 = 48
    // tie on priority and impact, higher frequency (4 > 3) first; email 5×3×3 = 45; call-centre
    // 2×4×4 = 32; shop-floor 3×5×2 = 30 before social-networks 5×3×2 = 30 (impact 5 > 3);
    // word-of-mouth, mobile-app (both 3×4×2 = 24, F 3) keep checklist order, then
    // returns-exchange 2×4×3 = 24 (F 2); loyalty-programme 2×4×2 = 16.
    assert_eq!(
        ids,
        [
            "checkout",
            "home-delivery",
            "stock-availability",
            "website",
            "shelf-layout",
            "storefront",
            "sales-assistants",
            "maps-and-reviews",
            "email-newsletter",
            "call-centre",
            "shop-floor",
            "social-networks",
            "word-of-mouth",
            "mobile-app",
            "returns-exchange",
            "loyalty-programme",
        ]
    );
    assert_eq!(unscored, ["click-and-collect", "feedback-survey"]);
    assert_eq!(not_applicable, ["promo-leaflets", "fitting-rooms"]);
}

#[test]
fn online_store_example_ranks_as_worked_out_by_hand() {
    let audit = example("example-online-store-en");
    assert_eq!(audit.lang, Lang::En);
    assert_eq!(audit.participants.len(), 2);
    let (top, ids, unscored, not_applicable) = ranking(&audit);
    // Two participants, so effective scores are whole or halves.
    // checkout-form: F 4, I 5, S (2+1)/2=1.5 → gap 4.5 → 4×5×4.5 = 90; critical.
    // mobile:        F (5+4)/2=4.5, I (4+5)/2=4.5, S 2 → gap 4 → 4.5×4.5×4 = 81; critical exactly
    //                on both limits (4.5 ≥ 4.5, 2 ≤ 2).
    // product-page:  F 5, I 5, S 3 → gap 3 → 75.
    // catalogue-search: F 4, I 4, S (2+3)/2=2.5 → gap 3.5 → 56.
    // courier:       F 4, I (4+5)/2=4.5, S 3 → gap 3 → 54; not critical (satisfaction 3 > 2).
    assert_eq!(
        top,
        [
            line("checkout-form", "90", true, Quadrant::FixFirst),
            line("mobile", "81", true, Quadrant::FixFirst),
            line("product-page", "75", false, Quadrant::FixFirst),
            line("catalogue-search", "56", false, Quadrant::FixFirst),
            line("courier", "54", false, Quadrant::FixFirst),
        ]
    );
    // The rest: home-page 5×4×2.5 = 50; order-tracking 4×3×4 = 48; search-ads 4×3.5×3 = 42;
    // reviews-and-bloggers 3×4.5×2.5 = 33.75; cart 4×4×2 = 32; three at 30 by impact: payment
    // (I 5), online-chat (I 4), email-newsletter (I 2.5); 27: support (I 4.5) before social-ads
    // (I 3); 24: returns (I 4) before review-request (I 2); 18: packaging (F 4) before
    // abandoned-cart (F 2) although it comes later in the checklist.
    assert_eq!(
        ids,
        [
            "checkout-form",
            "mobile",
            "product-page",
            "catalogue-search",
            "courier",
            "home-page",
            "order-tracking",
            "search-ads",
            "reviews-and-bloggers",
            "cart",
            "payment",
            "online-chat",
            "email-newsletter",
            "support",
            "social-ads",
            "returns",
            "review-request",
            "packaging",
            "abandoned-cart",
        ]
    );
    assert_eq!(unscored, ["pickup-point", "loyalty-bonuses"]);
    assert_eq!(not_applicable, ["marketplaces"]);
}

#[test]
fn every_template_makes_a_valid_audit_in_both_languages_that_survives_a_save() {
    let now: jiff::Timestamp = "2026-11-10T09:00:00Z".parse().expect("a fixed timestamp");
    for t in templates::builtin() {
        for lang in [Lang::En, Lang::Ru] {
            let audit = t.instantiate("check", lang, now);
            assert!(validate(&audit).is_empty(), "{} {lang:?}", t.id);
            assert_eq!(audit.touchpoint_count(), t.touchpoint_count());
            let first = &audit.stages[0].touchpoints[0];
            let expected = t.stages[0].touchpoints[0].name.get(lang);
            assert_eq!(first.name, expected, "{} {lang:?}", t.id);
            let text = tpaudit::store::to_ron(&audit).expect("serialises");
            let back = tpaudit::store::parse(&text, std::path::Path::new("check.ron"))
                .unwrap_or_else(|e| panic!("{} {lang:?}: {e}", t.id));
            assert_eq!(back, audit);
        }
    }
}

#[test]
fn evidence_example_ranks_as_the_online_store_and_by_its_customers_as_worked_out_by_hand() {
    use tpaudit::model::Frac;
    use tpaudit::model::funnel::funnel;
    use tpaudit::model::voice::{nps, rank_by_customers};
    let audit = example("example-evidence-en");
    let store = example("example-online-store-en");
    assert_eq!(
        ranking(&audit),
        ranking(&store),
        "the same ratings rank the same"
    );
    // Customers' means, exact: mobile 102/39 = 34/13, checkout-form 149/55, courier 137/57,
    // product-page 215/61, payment 245/60 = 49/12, packaging 196/45; support has 6 answers.
    // Priorities with them: mobile 4.5 × 4.5 × (6 − 34/13) = 891/13 ≈ 68.5; checkout-form
    // 4 × 5 × 181/55 = 724/11 ≈ 65.8; courier 4 × 4.5 × 205/57 = 1230/19 ≈ 64.7; product-page
    // 5 × 5 × 151/61 = 3775/61 ≈ 61.9; payment 4 × 5 × 23/12 = 115/3; packaging 4 × 3 × 74/45
    // = 296/15. None is critical: every customers' mean is above 2.
    let c = rank_by_customers(&audit, CrosshairMode::Midpoint);
    let id = |(s, t): (usize, usize)| audit.stages[s].touchpoints[t].id.clone();
    let got: Vec<(String, Frac)> = c
        .ranking
        .ranked
        .iter()
        .map(|r| (id(r.at), r.priority))
        .collect();
    assert_eq!(
        got,
        [
            ("mobile".to_string(), Frac::new(891, 13)),
            ("checkout-form".into(), Frac::new(724, 11)),
            ("courier".into(), Frac::new(1230, 19)),
            ("product-page".into(), Frac::new(3775, 61)),
            ("payment".into(), Frac::new(115, 3)),
            ("packaging".into(), Frac::new(296, 15)),
        ]
    );
    assert!(
        c.not_surveyed.iter().any(|&at| id(at) == "support"),
        "six answers"
    );
    // NPS: 25 promoters, 19 detractors of 60 → 10.
    let n = nps(&audit).expect("answers");
    assert_eq!((n.n, n.score), (60, Frac::int(10)));
    // Funnel: the lowest rate is choosing → checkout, 1860/12400 = 15%.
    let f = funnel(&audit);
    assert_eq!(f.biggest_loss, Some(1));
    assert_eq!(f.steps[1].conversion_to_next, Some(Frac::new(3, 20)));
}
