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
    /// The gap chart's step lines.
    BestSoFar,
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

/// A horizontal gridline at `y` and its label left of the plot (the gap chart's score axis).
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

/// A focusable point of the gap chart: its shape and a round hit area around it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedPoint {
    pub model: ModelRef,
    pub shape: Shape,
    /// Centre and radius of the hit area.
    pub hit: (f64, f64, f64),
    pub reference: bool,
    pub self_reported: bool,
    /// Accessible name: model, release month, score and who measured it.
    pub aria: String,
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
    /// The gap chart: score gridlines, step lines, points, brackets and direct labels (empty
    /// on the other charts).
    pub yticks: Vec<YTick>,
    pub steps: Vec<StepLine>,
    pub points: Vec<PlacedPoint>,
    pub brackets: Vec<Bracket>,
    pub labels: Vec<PlacedText>,
}
