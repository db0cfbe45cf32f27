//! [`Shared`]: a part of an audit that copies of the audit share until one of them changes it.
//!
//! The workbench hands the saver thread a copy of the open audit at every autosave. With each
//! stage's list of touchpoints shared ([`SharedList`]) and each touchpoint in it, that copy
//! costs one reference count per stage rather than a deep copy of every text, and a change
//! made while the save runs copies only its stage's list of references and the touchpoint it
//! changes. Reading and writing through a `Shared` look like using the value itself; it is
//! written, read, compared and shown exactly as the value is.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value shared between copies until one of them changes it (copy on write).
#[derive(Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Shared<T>(Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Arc::new(value))
    }

    /// Whether two copies still share one value (neither has changed it since the copy).
    pub fn ptr_eq(a: &Shared<T>, b: &Shared<T>) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

/// A list of values, each shared: `shared([a, b])` where a [`SharedList`] is wanted.
pub fn shared<T>(values: impl IntoIterator<Item = T>) -> SharedList<T> {
    values.into_iter().map(Shared::new).collect()
}

/// A list of shared values, itself shared between copies until one of them changes it: a copy
/// of a whole stage of touchpoints costs one reference count, and the first change to the
/// list while a copy still holds it copies the list of references (not the values). It reads
/// and writes as the `Vec` it holds, and is written, read, compared and shown as one.
#[derive(PartialEq, Eq, Hash)]
pub struct SharedList<T>(Arc<Vec<Shared<T>>>);

impl<T> Clone for SharedList<T> {
    fn clone(&self) -> Self {
        SharedList(Arc::clone(&self.0))
    }
}

impl<T> Default for SharedList<T> {
    fn default() -> Self {
        SharedList(Arc::new(Vec::new()))
    }
}

impl<T> SharedList<T> {
    /// Whether two copies still share one list (neither has changed it since the copy).
    pub fn ptr_eq(a: &SharedList<T>, b: &SharedList<T>) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl<T> Deref for SharedList<T> {
    type Target = Vec<Shared<T>>;
    fn deref(&self) -> &Vec<Shared<T>> {
        &self.0
    }
}

/// Changing a shared list first gives this copy a list of its own.
impl<T> DerefMut for SharedList<T> {
    fn deref_mut(&mut self) -> &mut Vec<Shared<T>> {
        Arc::make_mut(&mut self.0)
    }
}

impl<T> From<Vec<Shared<T>>> for SharedList<T> {
    fn from(list: Vec<Shared<T>>) -> Self {
        SharedList(Arc::new(list))
    }
}

impl<T> FromIterator<Shared<T>> for SharedList<T> {
    fn from_iter<I: IntoIterator<Item = Shared<T>>>(iter: I) -> Self {
        SharedList(Arc::new(iter.into_iter().collect()))
    }
}

impl<T> Extend<Shared<T>> for SharedList<T> {
    fn extend<I: IntoIterator<Item = Shared<T>>>(&mut self, iter: I) {
        Arc::make_mut(&mut self.0).extend(iter);
    }
}

impl<T> IntoIterator for SharedList<T> {
    type Item = Shared<T>;
    type IntoIter = std::vec::IntoIter<Shared<T>>;
    fn into_iter(self) -> Self::IntoIter {
        Arc::unwrap_or_clone(self.0).into_iter()
    }
}

impl<'a, T> IntoIterator for &'a mut SharedList<T> {
    type Item = &'a mut Shared<T>;
    type IntoIter = std::slice::IterMut<'a, Shared<T>>;
    fn into_iter(self) -> Self::IntoIter {
        Arc::make_mut(&mut self.0).iter_mut()
    }
}

impl<'a, T> IntoIterator for &'a SharedList<T> {
    type Item = &'a Shared<T>;
    type IntoIter = std::slice::Iter<'a, Shared<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for SharedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.as_ref().fmt(f)
    }
}

impl<T: Serialize> Serialize for SharedList<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.as_ref().serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for SharedList<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SharedList<T>, D::Error> {
        Vec::<Shared<T>>::deserialize(deserializer).map(SharedList::from)
    }
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
    fn a_copy_of_a_list_shares_it_until_one_side_changes_it() {
        let mut a = shared([String::from("one"), String::from("two")]);
        let b = a.clone();
        assert!(SharedList::ptr_eq(&a, &b));
        a[1].push_str(" more");
        assert!(!SharedList::ptr_eq(&a, &b));
        // The list of references was copied; the value not changed is still shared.
        assert!(Shared::ptr_eq(&a[0], &b[0]));
        assert_eq!((a[1].as_str(), b[1].as_str()), ("two more", "two"));
        assert_eq!(
            serde_json::to_string(&b).expect("written"),
            r#"["one","two"]"#
        );
        let c: SharedList<String> = serde_json::from_str(r#"["one","two"]"#).expect("read");
        assert_eq!((b, format!("{c:?}")), (c, r#"["one", "two"]"#.to_string()));
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
