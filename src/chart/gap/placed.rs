//! The gap chart placed: score gridlines, each side's step line, the compared scores as
//! focusable points, the brackets of the figure and the direct labels, over the shared frame.
//! Plain geometry in px (one decimal) and texts, ready to draw (`super::svg`). Pure.

use crate::chart::placed::{Frame, Mark, PlacedText, Rule, Shape};

/// A horizontal gridline at `y` and its label left of the plot (the score axis).
#[derive(Clone, Debug, PartialEq)]
pub struct YTick {
    pub y: f64,
    pub label: PlacedText,
}

/// One side's best score so far, as the corners of a step line.
#[derive(Clone, Debug, PartialEq)]
pub struct StepLine {
    pub reference: bool,
    pub corners: Vec<(f64, f64)>,
}

/// A focusable point: its shape and a round hit area around it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedPoint {
    /// The accessible name says the model, release month, score and who measured it.
    pub mark: Mark,
    pub shape: Shape,
    /// Centre and radius of the hit area.
    pub hit: (f64, f64, f64),
}

/// A horizontal bracket: the gap in months between `x0` (a global model first reached the
/// score) and `x1` (the Korean model set it), at the score's height `y`; drawn as a line at
/// `line_y` with ticks down (or up) to `y`, and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Bracket {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub line_y: f64,
    pub label: PlacedText,
    /// A lower bound (drawn dashed).
    pub at_least: bool,
}

/// The whole placed gap chart. A comparison without a point places nothing (`frame.height`
/// 0).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Placed {
    pub frame: Frame,
    pub yticks: Vec<YTick>,
    pub steps: Vec<StepLine>,
    /// The article's date.
    pub rule: Option<Rule>,
    pub brackets: Vec<Bracket>,
    /// The names of the headline figure's two models.
    pub labels: Vec<PlacedText>,
    /// Oldest first: the order the arrow keys move through them.
    pub points: Vec<PlacedPoint>,
}
