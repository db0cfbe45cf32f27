//! Data in and out: CSV import and the report writers.

pub mod csv_import;
pub mod evidence_csv;
pub mod forms;
pub mod report;
pub mod survey_csv;
pub mod table;
pub mod xlsx;
