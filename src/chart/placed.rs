//! The placed chart: plain geometry in px (one decimal) and texts, ready to draw. Pure.

use crate::model::ModelRef;

/// What a mark looks like.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Bar {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    Dot {
        cx: f64,
        cy: f64,
        r: f64,
    },
    /// A diamond, for reference models on dot charts; `points` is the SVG polygon list.
    Diamond {
        points: String,
    },
}

/// Text anchoring, as SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A drawn text.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedText {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub text: String,
}

/// One focusable mark with its row.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    pub model: ModelRef,
    /// Top of the row; the row spans the full width.
    pub row_y: f64,
    pub shape: Shape,
    pub reference: bool,
    pub self_reported: bool,
    /// The model's label on one or two lines, right-aligned to the plot.
    pub name: Vec<PlacedText>,
    pub value: PlacedText,
    /// Accessible name with the full value.
    pub aria: String,
}

/// Kinds of legend entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendKind {
    Korean,
    Global,
    Article,
    SelfReported,
}

/// A legend entry: a swatch at (x, y) and its label to the right.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub kind: LegendKind,
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// A vertical rule at a date (the article's), with its label at the bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub x: f64,
    pub y0: f64,
    pub y1: f64,
    pub label: PlacedText,
}

/// The whole placed chart. An empty series places nothing (`height` 0).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Placed {
    pub width: f64,
    pub height: f64,
    /// Plot area left and right edges.
    pub x0: f64,
    pub x1: f64,
    /// Gridlines run from `grid.0` to `grid.1` (y).
    pub grid: (f64, f64),
    /// Tick labels (above the rows) and their gridline x; an empty text is a gridline only.
    pub ticks: Vec<PlacedText>,
    pub legend: Vec<LegendItem>,
    pub marks: Vec<PlacedMark>,
    pub rule: Option<Rule>,
    /// Dot charts draw a faint guide along each row.
    pub guides: bool,
}
