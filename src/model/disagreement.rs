//! How far a room's ratings of one touchpoint lie apart: each participant's ratings on the
//! three scales, and per scale the mean, the spread, the discussion flag and the value the room
//! agreed. The walk's card and the workshop's projector both show this one computation.

use super::audit::{Scale, Touchpoint};
use super::frac::Frac;
use super::score::{self, DISCUSSION_SPREAD};

/// One participant's ratings of the touchpoint, in [`Scale::ALL`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub ratings: [Option<u8>; 3],
}

/// One scale over the participants shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleSummary {
    /// The mean of the ratings given; `None` when nobody rated the scale.
    pub mean: Option<Frac>,
    /// Highest minus lowest rating; `None` when nobody rated the scale.
    pub spread: Option<u8>,
    /// The value the room agreed for the scale, which replaces the mean.
    pub agreed: Option<u8>,
}

impl ScaleSummary {
    /// ⚑: the ratings lie [`DISCUSSION_SPREAD`] or more apart and no value is agreed yet.
    pub fn flagged(&self) -> bool {
        self.agreed.is_none() && self.spread.is_some_and(|s| s >= DISCUSSION_SPREAD)
    }
}

/// The participants × scales grid of one touchpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub people: Vec<Person>,
    /// Per scale, in [`Scale::ALL`] order.
    pub scales: [ScaleSummary; 3],
}

impl Disagreement {
    /// The grid of `tp` over `people` (participant id and name, in the order to show them);
    /// the means and spreads count only their ratings.
    pub fn of<'a>(tp: &Touchpoint, people: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let people: Vec<Person> = people
            .into_iter()
            .map(|(id, name)| {
                let rating = tp.rating(id);
                Person {
                    name: name.to_string(),
                    ratings: Scale::ALL.map(|s| rating.and_then(|r| r.get(s))),
                }
            })
            .collect();
        let scales = Scale::ALL.map(|scale| {
            let given = || people.iter().filter_map(|p| p.ratings[scale.index()]);
            ScaleSummary {
                mean: score::mean_of(given()),
                spread: score::spread_of(given()),
                agreed: tp.agreed(scale),
            }
        });
        Disagreement { people, scales }
    }

    /// Whether anyone shown has rated any scale.
    pub fn rated(&self) -> bool {
        self.people
            .iter()
            .any(|p| p.ratings.iter().any(Option::is_some))
    }

    /// Whether any scale has an agreed value.
    pub fn any_agreed(&self) -> bool {
        self.scales.iter().any(|s| s.agreed.is_some())
    }

    pub fn scale(&self, scale: Scale) -> &ScaleSummary {
        &self.scales[scale.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Agreed;

    fn tp() -> Touchpoint {
        let mut tp = Touchpoint::new("t", "T");
        for (p, f, i, s) in [("a", 4, 5, 2), ("b", 3, 5, 3), ("c", 1, 4, 4)] {
            tp.set_score(p, Scale::Frequency, Some(f));
            tp.set_score(p, Scale::Impact, Some(i));
            tp.set_score(p, Scale::Satisfaction, Some(s));
        }
        tp
    }

    fn all() -> [(&'static str, &'static str); 3] {
        [("a", "Anna"), ("b", "Boris"), ("c", "Clara")]
    }

    #[test]
    fn means_spreads_and_flags_per_scale() {
        let d = Disagreement::of(&tp(), all());
        assert_eq!(d.people.len(), 3);
        assert_eq!(d.people[2].ratings, [Some(1), Some(4), Some(4)]);
        let f = d.scale(Scale::Frequency);
        assert_eq!(f.mean, Some(Frac::new(8, 3)));
        assert_eq!(f.spread, Some(3));
        assert!(f.flagged());
        let i = d.scale(Scale::Impact);
        assert_eq!((i.spread, i.flagged()), (Some(1), false));
        let s = d.scale(Scale::Satisfaction);
        assert_eq!(
            (s.mean, s.spread, s.flagged()),
            (Some(Frac::int(3)), Some(2), true)
        );
        assert!(d.rated());
        assert!(!d.any_agreed());
    }

    #[test]
    fn the_means_agree_with_the_method_over_everyone() {
        let t = tp();
        let d = Disagreement::of(&t, all());
        for scale in Scale::ALL {
            assert_eq!(d.scale(scale).mean, score::mean(&t, scale));
            assert_eq!(d.scale(scale).spread, score::spread(&t, scale));
        }
    }

    #[test]
    fn an_agreed_value_is_shown_and_ends_the_flag() {
        let mut t = tp();
        t.agreed = Some(Agreed {
            frequency: Some(3),
            ..Agreed::default()
        });
        let d = Disagreement::of(&t, all());
        let f = d.scale(Scale::Frequency);
        assert_eq!(f.agreed, Some(3));
        assert_eq!(f.spread, Some(3), "the spread is still the ratings'");
        assert!(!f.flagged());
        assert!(d.scale(Scale::Satisfaction).flagged());
        assert!(d.any_agreed());
    }

    #[test]
    fn only_the_people_shown_count() {
        let d = Disagreement::of(&tp(), [("b", "Boris"), ("x", "Xenia")]);
        assert_eq!(d.people[1].ratings, [None, None, None]);
        let f = d.scale(Scale::Frequency);
        assert_eq!(
            (f.mean, f.spread, f.flagged()),
            (Some(Frac::int(3)), Some(0), false)
        );
        let nobody = Disagreement::of(&tp(), [("x", "Xenia")]);
        assert!(!nobody.rated());
        assert_eq!(nobody.scale(Scale::Impact).mean, None);
        assert_eq!(nobody.scale(Scale::Impact).spread, None);
    }
}
