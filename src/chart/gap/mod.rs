//! The gap chart: how far behind the best Korean score is, over time. Its [`series`] (a
//! benchmark's comparison and its figures), its [`words`], its [`layout`] ([`placed`]
//! geometry) drawn by [`svg`], and its [`table`]s. Pure.

pub mod layout;
pub mod placed;
pub mod series;
pub mod svg;
pub mod table;
pub mod words;

pub use series::{gap_series, point_label, setting_label, short, GapSeries};

/// The anchor of the gap view's tables on the catalogue page (`catalogue.html#kllm-gap`).
pub const TABLES_ID: &str = "kllm-gap";

/// The anchor of one benchmark's tables on the catalogue page (`kllm-gap-mmlu`): the section
/// the catalogue writes and the chart's "tables elsewhere" link goes to.
pub fn tables_id(bench: crate::model::BenchmarkId) -> String {
    format!("{TABLES_ID}-{}", bench.slug())
}
