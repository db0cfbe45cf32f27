//! The home screen: the list of audits, opening and creating one.

pub(crate) mod keys;
pub mod state;
pub(crate) mod update;

pub use update::free_name;
