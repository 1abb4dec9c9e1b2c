//! The comparison chart as a pipeline, in Observable Plot's shape: the dataset's models →
//! [`series`] (one row per mark, unknowns listed apart) → [`scale`]s → [`layout`] (placed
//! geometry in px) → `components::Chart`, which only draws. [`text`] holds every string in
//! both languages; [`detail`] what a tapped mark explains. Pure: no browser imports.

pub mod detail;
pub mod fit;
pub mod layout;
pub mod placed;
pub mod scale;
pub mod series;
pub mod text;

pub use layout::{layout, Placed};
pub use series::{series, Series};
