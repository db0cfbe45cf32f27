//! The method against an independent reference on exact fractions. The reference below shares
//! no code with tpaudit: its own fractions (numerator and denominator, compared by cross
//! multiplication), its own effective scores, ranking rules, quadrants, variant rankings and a
//! brute-force near-critical check that moves every rating by one point and scores the
//! touchpoint again from scratch. Random audits with 1–6 raters (thirds and sixths), agreed
//! values, missing scores and not-applicable touchpoints go through the real JSON report, and
//! random chains of 2–5 audits through `combine`; every rank, critical flag, quadrant, exact
//! priority and robustness field must agree.

use std::cmp::Ordering;

use proptest::prelude::*;
use serde_json::Value;
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{
    Agreed, Audit, CrosshairMode, Lang, Participant, Scale, Stage, Touchpoint, combine::combine,
};

// ---------- the reference ----------

/// A fraction `n / d`, `d > 0`, kept in lowest terms.
#[derive(Debug, Clone, Copy)]
struct Q(i128, i128);

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Q {
    fn new(n: i128, d: i128) -> Q {
        let g = gcd(n, d).max(1);
        let s = d.signum();
        Q(s * n / g, s * d / g)
    }
    fn int(n: i128) -> Q {
        Q(n, 1)
    }
    fn add(self, o: Q) -> Q {
        Q::new(self.0 * o.1 + o.0 * self.1, self.1 * o.1)
    }
    fn sub(self, o: Q) -> Q {
        Q::new(self.0 * o.1 - o.0 * self.1, self.1 * o.1)
    }
    fn mul(self, o: Q) -> Q {
        Q::new(self.0 * o.0, self.1 * o.1)
    }
    fn div_int(self, k: i128) -> Q {
        Q::new(self.0, self.1 * k)
    }
    fn cmp(self, o: Q) -> Ordering {
        (self.0 * o.1).cmp(&(o.0 * self.1))
    }
    fn text(self) -> String {
        if self.1 == 1 {
            self.0.to_string()
        } else {
            format!("{}/{}", self.0, self.1)
        }
    }
}

fn mean(values: &[Q]) -> Option<Q> {
    let first = *values.first()?;
    let sum = values[1..].iter().fold(first, |s, v| s.add(*v));
    Some(sum.div_int(values.len() as i128))
}

/// One touchpoint as the reference sees it: ratings per participant index and scale.
#[derive(Debug, Clone)]
struct RefTp {
    id: String,
    na: bool,
    /// `ratings[p][scale]`.
    ratings: Vec<[Option<u8>; 3]>,
    agreed: [Option<u8>; 3],
}

#[derive(Debug, Clone, Copy)]
struct S3 {
    f: Q,
    i: Q,
    s: Q,
}

impl S3 {
    fn gap(&self) -> Q {
        Q::int(6).sub(self.s)
    }
    fn priority(&self) -> Q {
        self.f.mul(self.i).mul(self.gap())
    }
    fn critical(&self) -> bool {
        self.i.cmp(Q::new(9, 2)) != Ordering::Less && self.s.cmp(Q::int(2)) != Ordering::Greater
    }
}

/// The effective scores leaving out participant `skip`.
fn scores(t: &RefTp, skip: Option<usize>) -> Option<S3> {
    if t.na {
        return None;
    }
    let eff = |k: usize| match t.agreed[k] {
        Some(v) => Some(Q::int(v.into())),
        None => mean(
            &(t.ratings.iter().enumerate())
                .filter(|(p, _)| Some(*p) != skip)
                .filter_map(|(_, r)| r[k].map(|v| Q::int(v.into())))
                .collect::<Vec<_>>(),
        ),
    };
    Some(S3 {
        f: eff(0)?,
        i: eff(1)?,
        s: eff(2)?,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Rule {
    Method,
    NoCritical,
    ImpactGap,
}

/// Indices of the scored items in rank order under a rule.
fn order(items: &[(usize, S3)], rule: Rule) -> Vec<usize> {
    let key = |s: &S3| match rule {
        Rule::ImpactGap => s.i.mul(s.gap()),
        _ => s.priority(),
    };
    let mut v: Vec<&(usize, S3)> = items.iter().collect();
    v.sort_by(|(ia, a), (ib, b)| {
        let crit = if rule == Rule::NoCritical {
            Ordering::Equal
        } else {
            b.critical().cmp(&a.critical())
        };
        crit.then(key(b).cmp(key(a)))
            .then(b.i.cmp(a.i))
            .then(b.f.cmp(a.f))
            .then(ia.cmp(ib))
    });
    v.into_iter().map(|(i, _)| *i).collect()
}

fn quadrant(s: &S3, ci: Q, cs: Q) -> &'static str {
    let ih = s.i.cmp(ci) == Ordering::Greater;
    let sh = s.s.cmp(cs) == Ordering::Greater;
    match (ih, sh) {
        (true, true) => "keep_up",
        (true, false) => "fix_first",
        (false, true) => "overkill",
        (false, false) => "low_priority",
    }
}

fn crosshair(items: &[(usize, S3)], mean_mode: bool) -> (Q, Q) {
    if !mean_mode || items.is_empty() {
        return (Q::int(3), Q::int(3));
    }
    let is: Vec<Q> = items.iter().map(|(_, s)| s.i).collect();
    let ss: Vec<Q> = items.iter().map(|(_, s)| s.s).collect();
    (mean(&is).expect("some"), mean(&ss).expect("some"))
}

/// Whether moving one rating (or agreed value) of impact or satisfaction by one point flips
/// the critical status: every such move tried and scored again from scratch.
fn near_critical(t: &RefTp) -> bool {
    let now = scores(t, None).expect("scored").critical();
    let mut moved = Vec::new();
    for k in [1, 2] {
        for d in [-1i16, 1] {
            let step = |v: u8| {
                let w = i16::from(v) + d;
                (1..=5).contains(&w).then_some(w as u8)
            };
            if let Some(v) = t.agreed[k] {
                if let Some(w) = step(v) {
                    let mut c = t.clone();
                    c.agreed[k] = Some(w);
                    moved.push(c);
                }
                continue;
            }
            for p in 0..t.ratings.len() {
                if let Some(w) = t.ratings[p][k].and_then(step) {
                    let mut c = t.clone();
                    c.ratings[p][k] = Some(w);
                    moved.push(c);
                }
            }
        }
    }
    moved
        .iter()
        .any(|c| scores(c, None).expect("scored").critical() != now)
}

/// What the reference expects of one ranked touchpoint.
#[derive(Debug, PartialEq)]
struct Expect {
    id: String,
    rank: usize,
    critical: bool,
    quadrant: &'static str,
    priority: String,
    rank_min: usize,
    rank_max: usize,
    near: bool,
    other: &'static str,
}

fn expect(tps: &[RefTp], people: usize, mean_mode: bool) -> (Vec<Expect>, Vec<String>) {
    let scored = |skip| -> Vec<(usize, S3)> {
        (tps.iter().enumerate())
            .filter_map(|(i, t)| scores(t, skip).map(|s| (i, s)))
            .collect()
    };
    let all = scored(None);
    let method = order(&all, Rule::Method);
    let mut variants = vec![
        method.clone(),
        order(&all, Rule::NoCritical),
        order(&all, Rule::ImpactGap),
    ];
    if people >= 2 {
        variants.extend((0..people).map(|p| order(&scored(Some(p)), Rule::Method)));
    }
    let (ci, cs) = crosshair(&all, mean_mode);
    let (oi, os) = crosshair(&all, !mean_mode);
    let s_of = |i: usize| all.iter().find(|(j, _)| *j == i).expect("scored").1;
    let rank_in = |v: &Vec<usize>, i: usize| v.iter().position(|&j| j == i).map(|p| p + 1);
    let out: Vec<Expect> = (method.iter().enumerate())
        .map(|(pos, &i)| {
            let s = s_of(i);
            let ranks: Vec<usize> = variants.iter().filter_map(|v| rank_in(v, i)).collect();
            Expect {
                id: tps[i].id.clone(),
                rank: pos + 1,
                critical: s.critical(),
                quadrant: quadrant(&s, ci, cs),
                priority: s.priority().text(),
                rank_min: *ranks.iter().min().expect("ranked"),
                rank_max: *ranks.iter().max().expect("ranked"),
                near: near_critical(&tps[i]),
                other: quadrant(&s, oi, os),
            }
        })
        .collect();
    let stable = (method.iter().take(3))
        .filter(|&&i| {
            variants
                .iter()
                .all(|v| rank_in(v, i).is_some_and(|r| r <= 5))
        })
        .map(|&i| tps[i].id.clone())
        .collect();
    (out, stable)
}

// ---------- random audits ----------

fn value() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 6 => (1u8..=5).prop_map(Some)]
}

fn ref_tp(id: usize, people: usize) -> impl Strategy<Value = RefTp> {
    (
        prop::collection::vec(prop::array::uniform3(value()), people),
        prop::bool::weighted(0.08),
        prop::option::weighted(
            0.2,
            prop::array::uniform3(prop::option::weighted(0.4, 1u8..=5)),
        ),
    )
        .prop_map(move |(ratings, na, agreed)| RefTp {
            id: format!("tp-{id}"),
            na,
            ratings,
            agreed: agreed.unwrap_or_default(),
        })
}

fn ref_audit(people: usize, count: usize) -> impl Strategy<Value = Vec<RefTp>> {
    (0..count).map(|i| ref_tp(i, people)).collect::<Vec<_>>()
}

/// The reference's touchpoints as an audit, `per_stage` touchpoints to a stage.
fn build(tps: &[RefTp], people: usize, per_stage: usize) -> Audit {
    let mut a = Audit::new("prop", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.participants = (0..people)
        .map(|p| Participant {
            id: format!("p{p}"),
            name: format!("P{p}"),
        })
        .collect();
    a.stages = tps
        .chunks(per_stage.max(1))
        .enumerate()
        .map(|(k, chunk)| {
            let list: Vec<Touchpoint> = chunk.iter().map(touchpoint).collect();
            Stage {
                touchpoints: tpaudit::model::shared(list),
                ..Stage::new(format!("s{k}"), format!("S{k}"))
            }
        })
        .collect();
    a
}

fn touchpoint(r: &RefTp) -> Touchpoint {
    let mut t = Touchpoint::new(r.id.clone(), r.id.to_uppercase());
    t.not_applicable = r.na;
    for (p, given) in r.ratings.iter().enumerate() {
        for (scale, v) in Scale::ALL.into_iter().zip(given) {
            t.set_score(&format!("p{p}"), scale, *v);
        }
    }
    let [frequency, impact, satisfaction] = r.agreed;
    if r.agreed.iter().any(Option::is_some) {
        t.agreed = Some(Agreed {
            frequency,
            impact,
            satisfaction,
        });
    }
    t
}

fn from_json(v: &Value) -> (Vec<Expect>, Vec<String>) {
    let s = |x: &Value| x.as_str().expect("string").to_string();
    let n = |x: &Value| x.as_u64().expect("count") as usize;
    let quadrant = |x: &Value| -> &'static str {
        ["fix_first", "keep_up", "low_priority", "overkill"]
            .into_iter()
            .find(|q| x == q)
            .expect("a quadrant")
    };
    let ranked = (v["ranked"].as_array().expect("ranked").iter())
        .map(|r| {
            let sure = &r["robustness"];
            Expect {
                id: s(&r["touchpoint_id"]),
                rank: n(&r["rank"]),
                critical: r["critical"].as_bool().expect("bool"),
                quadrant: quadrant(&r["quadrant"]),
                priority: s(&r["priority_exact"]),
                rank_min: n(&sure["rank_min"]),
                rank_max: n(&sure["rank_max"]),
                near: sure["near_critical"].as_bool().expect("bool"),
                other: quadrant(&sure["quadrant_other_crosshair"]),
            }
        })
        .collect();
    let stable = v["stable_top"]
        .as_array()
        .expect("list")
        .iter()
        .map(s)
        .collect();
    (ranked, stable)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_report_agrees_with_the_reference(
        (people, tps) in (1usize..=6, 1usize..=14)
            .prop_flat_map(|(p, n)| (Just(p), ref_audit(p, n))),
        per_stage in 1usize..=5,
        mean_mode in any::<bool>(),
    ) {
        let audit = build(&tps, people, per_stage);
        let opts = Options {
            crosshair: if mean_mode { CrosshairMode::DataMean } else { CrosshairMode::Midpoint },
            ..Options::default()
        };
        let v: Value = serde_json::from_str(&render(&audit, Format::Json, &opts)).expect("JSON");
        let (ranked, stable) = from_json(&v);
        let (want, want_stable) = expect(&tps, people, mean_mode);
        prop_assert_eq!(ranked, want);
        prop_assert_eq!(stable, want_stable);
    }
}

// ---------- combine ----------

/// Per touchpoint, the mean over the audits that fully scored it of its effective scores.
fn combined(audits: &[Vec<RefTp>]) -> Vec<(usize, S3)> {
    (0..audits[0].len())
        .filter_map(|i| {
            let each: Vec<S3> = audits.iter().filter_map(|a| scores(&a[i], None)).collect();
            Some((
                i,
                S3 {
                    f: mean(&each.iter().map(|s| s.f).collect::<Vec<_>>())?,
                    i: mean(&each.iter().map(|s| s.i).collect::<Vec<_>>())?,
                    s: mean(&each.iter().map(|s| s.s).collect::<Vec<_>>())?,
                },
            ))
        })
        .collect()
}

fn chain() -> impl Strategy<Value = (usize, Vec<Vec<RefTp>>)> {
    (1usize..=6, 2usize..=5, 1usize..=8).prop_flat_map(|(people, k, n)| {
        (Just(people), prop::collection::vec(ref_audit(people, n), k))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn combine_agrees_with_the_reference((people, audits) in chain(), mean_mode in any::<bool>()) {
        let built: Vec<Audit> = audits.iter().map(|a| build(a, people, 3)).collect();
        let refs: Vec<&Audit> = built.iter().collect();
        let mode = if mean_mode { CrosshairMode::DataMean } else { CrosshairMode::Midpoint };
        let c = combine(&refs, mode);
        let items = combined(&audits);
        let (ci, cs) = crosshair(&items, mean_mode);
        let want: Vec<(usize, String, bool, &str)> = order(&items, Rule::Method)
            .into_iter()
            .map(|i| {
                let s = items.iter().find(|(j, _)| *j == i).expect("scored").1;
                (i, s.priority().text(), s.critical(), quadrant(&s, ci, cs))
            })
            .collect();
        let got: Vec<(usize, String, bool, &str)> = c
            .ranked
            .iter()
            .map(|r| (r.key, r.priority.to_string(), r.critical, r.quadrant.key()))
            .collect();
        prop_assert_eq!(got, want);
        for (r, k) in c.ranked.iter().zip(1..) {
            prop_assert_eq!(r.rank, k);
        }
    }
}
