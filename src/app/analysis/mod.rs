//! The analysis screens, the matrix and the priority list: their handlers (`update`), the key
//! tables (`keys`), where the matrix's marks and labels go (`matrix_place`) and the moves
//! between them (`matrix_nav`, `list_nav`).

pub(crate) mod keys;
pub mod list_nav;
pub mod matrix_nav;
pub mod matrix_place;
pub mod plane;
mod source;
mod update;
