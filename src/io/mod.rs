//! Data in and out: CSV import and the report writers.

pub mod report;
