//! [`Shared`]: a part of an audit that copies of the audit share until one of them changes it.
//!
//! The workbench hands the saver thread a copy of the open audit at every autosave. With each
//! touchpoint shared, that copy costs one reference count per touchpoint rather than a deep
//! copy of every text, and a change made while the save runs copies only the touchpoint it
//! changes. Reading and writing through a `Shared` look like using the value itself; it is
//! written, read, compared and shown exactly as the value is.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value shared between copies until one of them changes it (copy on write).
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Arc::new(value))
    }

    /// Whether two copies still share one value (neither has changed it since the copy).
    pub fn ptr_eq(a: &Shared<T>, b: &Shared<T>) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

/// A list of values, each shared: `shared([a, b])` where a `Vec<Shared<T>>` is wanted.
pub fn shared<T>(values: impl IntoIterator<Item = T>) -> Vec<Shared<T>> {
    values.into_iter().map(Shared::new).collect()
}

impl<T: Clone> Shared<T> {
    /// The value itself, copied only if another copy still shares it.
    pub fn into_inner(self) -> T {
        Arc::unwrap_or_clone(self.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Shared<T> {
        Shared::new(value)
    }
}

impl<T> AsRef<T> for Shared<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Changing a shared value first gives this copy a value of its own.
impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.as_ref().fmt(f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.as_ref().serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Shared<T>, D::Error> {
        T::deserialize(deserializer).map(Shared::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_the_value_until_one_side_changes_it() {
        let mut a = Shared::new(String::from("one"));
        let b = a.clone();
        assert!(Shared::ptr_eq(&a, &b));
        a.push_str(" two");
        assert!(!Shared::ptr_eq(&a, &b));
        assert_eq!((a.as_str(), b.as_str()), ("one two", "one"));
    }

    #[test]
    fn it_is_written_read_and_shown_as_the_value() {
        let a = Shared::new(vec![1u8, 2]);
        assert_eq!(serde_json::to_string(&a).expect("written"), "[1,2]");
        let b: Shared<Vec<u8>> = serde_json::from_str("[1,2]").expect("read");
        assert_eq!(a, b);
        assert_eq!(format!("{a:?}"), "[1, 2]");
        assert_eq!(b.into_inner(), vec![1, 2]);
    }
}
