//! The row chart: one row per model for a metric, as bars or dots. What each metric is
//! ([`spec`]) → [`series`] → [`layout`] ([`placed`] geometry) → drawn by [`svg`] or written as
//! a [`table`]; [`text`] composes the words a series needs. Pure.

pub mod layout;
pub mod placed;
pub mod series;
pub mod spec;
pub mod svg;
pub mod table;
pub mod text;

pub use layout::layout;
pub use series::Series;
