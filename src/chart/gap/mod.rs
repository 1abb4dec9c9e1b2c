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

/// The anchor of the gap view's tables on the catalogue page (`catalogue.html#kllm-gap`; each
/// benchmark's at `#kllm-gap-<benchmark>`).
pub const TABLES_ID: &str = "kllm-gap";
