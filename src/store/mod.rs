//! The one place that touches the disk: data dir, RON load/save, atomic writes, templates.

pub mod atomic;
pub mod audit_file;
pub mod config;
pub mod datadir;
pub mod error;
mod fingerprint;
mod holder;
pub mod ignore;
pub mod io_count;
pub mod listing;
pub mod lock;
#[cfg(windows)]
mod lock_windows;
pub mod parse_cache;
pub mod previous;
pub mod recovery;
pub mod session;
pub mod stamp;
pub mod summaries;
pub mod templates;
pub mod workshop;
pub mod zone;

pub use audit_file::{backup_path, create, load, parse, save, to_ron};
pub use datadir::{DataDir, check_name, config_dir};
pub use error::{Result, StoreError};
