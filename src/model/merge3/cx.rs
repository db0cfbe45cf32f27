//! The rule every field follows, and the one every list of things with ids follows, with the
//! conflicts they record on the way.

use super::Conflict;
use crate::model::audit::{ActionStatus, Channel, Control, Lang, Scale};

pub(super) fn scale_word(scale: Scale) -> &'static str {
    match scale {
        Scale::Frequency => "frequency",
        Scale::Impact => "impact",
        Scale::Satisfaction => "satisfaction",
    }
}

/// A value shown in a conflict message.
pub(super) trait Show {
    fn show(&self) -> String;
}

impl Show for String {
    fn show(&self) -> String {
        format!("{self:?}")
    }
}

impl Show for Option<String> {
    fn show(&self) -> String {
        self.as_ref().map_or_else(|| "none".into(), Show::show)
    }
}

impl Show for Option<u8> {
    fn show(&self) -> String {
        self.map_or_else(|| "none".into(), |v| v.to_string())
    }
}

impl Show for Vec<String> {
    fn show(&self) -> String {
        format!("{self:?}")
    }
}

macro_rules! show_debug {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self) -> String {
                format!("{self:?}")
            }
        }
    )*};
}
show_debug!(bool, Channel, Control, Lang, ActionStatus);

impl Show for jiff::Timestamp {
    fn show(&self) -> String {
        self.to_string()
    }
}

#[derive(Default)]
pub(super) struct Cx {
    pub(super) conflicts: Vec<Conflict>,
}

impl Cx {
    /// The merged value of one field.
    pub(super) fn pick<T: Clone + PartialEq + Show>(
        &mut self,
        place: impl FnOnce() -> String,
        base: Option<&T>,
        ours: &T,
        theirs: &T,
    ) -> T {
        if ours == theirs || base == Some(theirs) {
            return ours.clone();
        }
        if base == Some(ours) {
            return theirs.clone();
        }
        self.conflicts.push(Conflict {
            place: place(),
            ours: ours.show(),
            theirs: theirs.show(),
        });
        ours.clone()
    }

    /// The merged list of things with ids.
    pub(super) fn list<T: Clone + PartialEq>(
        &mut self,
        base: &[T],
        ours: &[T],
        theirs: &[T],
        key: impl Fn(&T) -> &String,
        label: impl Fn(&T) -> String,
        mut merge: impl FnMut(&mut Cx, Option<&T>, &T, &T) -> T,
    ) -> Vec<T> {
        let find = |list: &'_ [T], id: &str| list.iter().position(|x| key(x) == id);
        let mut out: Vec<T> = Vec::new();
        for o in ours {
            let id = key(o);
            let b = find(base, id).map(|i| &base[i]);
            match (b, find(theirs, id).map(|i| &theirs[i])) {
                (_, Some(t)) => out.push(merge(self, b, o, t)),
                (None, None) => out.push(o.clone()),
                (Some(b), None) if b == o => {} // deleted in theirs
                (Some(_), None) => {
                    self.conflicts.push(Conflict {
                        place: label(o),
                        ours: "changed".into(),
                        theirs: "deleted".into(),
                    });
                    out.push(o.clone());
                }
            }
        }
        for (ti, t) in theirs.iter().enumerate() {
            let id = key(t);
            if find(ours, id).is_some() {
                continue;
            }
            match find(base, id).map(|i| &base[i]) {
                Some(b) if b == t => continue, // deleted in ours
                Some(_) => {
                    self.conflicts.push(Conflict {
                        place: label(t),
                        ours: "deleted".into(),
                        theirs: "changed".into(),
                    });
                    continue;
                }
                None => {}
            }
            let at = addition_place(&out, base, theirs, ti, &key);
            out.insert(at, t.clone());
        }
        out
    }
}

/// Where THEIRS' addition `theirs[ti]` goes in the merged list `out`: after the nearest item
/// before it in THEIRS that is in the result, and after what OURS added behind that item.
fn addition_place<T>(
    out: &[T],
    base: &[T],
    theirs: &[T],
    ti: usize,
    key: &impl Fn(&T) -> &String,
) -> usize {
    let find = |list: &[T], id: &str| list.iter().position(|x| key(x) == id);
    let mut at = theirs[..ti]
        .iter()
        .rev()
        .find_map(|prev| out.iter().position(|x| key(x) == key(prev)))
        .map_or(0, |i| i + 1);
    while at < out.len() && {
        let id = key(&out[at]);
        find(base, id).is_none() && find(theirs, id).is_none()
    } {
        at += 1;
    }
    at
}
