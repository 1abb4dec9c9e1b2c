//! The comparison chart as a pipeline, in Observable Plot's shape: series → [`scale`]s →
//! placed geometry → SVG (or the same numbers as a table). Two kinds of chart stand side by
//! side, each with its own series, layout, table and words: the row chart ([`rows`]: one
//! row per model for a metric) and the gap chart ([`gap`]: how far behind, over time). They
//! share the scales, fitting text ([`fit`]), the placed pieces ([`placed`]), the SVG
//! primitives ([`svg`]) and what a tapped mark explains ([`detail`]). Pure: no browser
//! imports.

pub mod detail;
pub mod figure;
pub mod fit;
pub mod gap;
pub mod placed;
pub mod row;
pub mod rows;
pub mod scale;
pub mod svg;
pub mod table;
