//! The comparison chart as a pipeline, in Observable Plot's shape: the dataset's models →
//! [`series`] (one row per mark, unknowns listed apart; what each metric is: [`spec`]) →
//! [`scale`]s → [`layout`] (placed
//! geometry in px, [`placed`]) → [`svg`] (the drawing as text) or [`table`] (the same numbers
//! as a table). [`text`] composes the texts a series needs from `crate::i18n`'s words;
//! [`detail`] what a tapped mark explains. Pure: no browser imports.

pub mod detail;
pub mod fit;
pub mod gap;
pub mod gap_layout;
pub mod layout;
pub mod placed;
pub mod scale;
pub mod series;
pub mod spec;
pub mod svg;
pub mod table;
pub mod text;

pub use layout::{layout, Placed};
pub use series::Series;
