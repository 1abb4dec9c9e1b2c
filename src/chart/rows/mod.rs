//! The row chart: one row per model for a metric, as bars or dots. What each metric is
//! ([`spec`]) → [`series`] → [`layout`] → drawn by [`svg`] or written as a [`table`]; [`text`]
//! composes the words a series needs. Pure.

pub mod layout;
pub mod series;
pub mod spec;
pub mod table;
pub mod text;

pub use layout::layout;
pub use series::Series;
