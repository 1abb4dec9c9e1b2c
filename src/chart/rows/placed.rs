//! The row chart placed: a mark per row with its labels, over the shared frame. Plain geometry
//! in px (one decimal) and texts, ready to draw (`super::svg`). Pure.

use crate::chart::placed::{Frame, Mark, PlacedText, Rule, Shape};

/// One row's focusable mark with its labels.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    pub mark: Mark,
    /// Top of the row; the row spans the full width.
    pub row_y: f64,
    pub shape: Shape,
    /// The model's label on one or two lines, right-aligned to the plot.
    pub name: Vec<PlacedText>,
    pub value: PlacedText,
}

/// The whole placed row chart. An empty series places nothing (`frame.height` 0).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Placed {
    pub frame: Frame,
    pub marks: Vec<PlacedMark>,
    /// The article's date on the timeline.
    pub rule: Option<Rule>,
    /// Dot charts draw a faint guide along each row; bar charts do not.
    pub guides: bool,
}
