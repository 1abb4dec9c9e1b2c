//! The pieces of placed geometry both kinds of chart are made of: shapes, texts, the legend,
//! the article's rule, the frame around the plot, and what every focusable mark carries. Plain
//! geometry in px (one decimal, [`r1`]) and texts, ready to draw (`super::svg`). Each kind
//! places its own chart from these (`rows::placed`, `gap::placed`). Pure.

use super::fit::text_width;
use crate::i18n::{t, ChartMsg};
use crate::model::ModelRef;
use crate::settings::Lang;

/// Font size of the chart's texts, px.
pub const FONT: f64 = 12.0;
/// Narrowest width laid out; narrower containers scale the SVG down.
pub const MIN_WIDTH: f64 = 280.0;

/// Rounds to one decimal, so the SVG is the same on every machine.
pub fn r1(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

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
    /// A diamond (a global model where Korean ones are dots): its centre as placed, unrounded,
    /// and its half-diagonal; each corner is rounded where it is drawn.
    Diamond {
        cx: f64,
        cy: f64,
        r: f64,
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

/// A vertical rule at a date (the article's), with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub x: f64,
    pub y0: f64,
    pub y1: f64,
    pub label: PlacedText,
}

/// What every focusable mark carries, on either kind of chart: its model, how it is drawn and
/// its accessible name.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub model: ModelRef,
    /// A global reference model, drawn distinctly.
    pub reference: bool,
    /// A score the developer measured on its own model, drawn paler or starred.
    pub self_reported: bool,
    /// Accessible name with the full value.
    pub aria: String,
}

/// The frame of a chart: its size, the plot's edges, the x axis's gridlines and labels, and
/// the legend. An empty chart has the default frame (`height` 0).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    /// Plot area left and right edges.
    pub x0: f64,
    pub x1: f64,
    /// The x gridlines run from `grid.0` to `grid.1` (y).
    pub grid: (f64, f64),
    /// The x tick labels and their gridline x; an empty text is a gridline only.
    pub ticks: Vec<PlacedText>,
    pub legend: Vec<LegendItem>,
}

/// Places the legend entries left to right, wrapping at `width`; returns them and the height.
pub fn place_legend(kinds: &[LegendKind], lang: Lang, width: f64) -> (Vec<LegendItem>, f64) {
    let (mut x, mut y) = (4.0, 12.0);
    let mut out = Vec::new();
    for &kind in kinds {
        let label = t(
            lang,
            match kind {
                LegendKind::Korean => ChartMsg::Korean,
                LegendKind::Global => ChartMsg::Global,
                LegendKind::Article => ChartMsg::ArticleLine,
                LegendKind::SelfReported => ChartMsg::SelfReported,
                LegendKind::BestSoFar => ChartMsg::BestSoFar,
            },
        )
        .to_string();
        let w = 16.0 + text_width(&label, FONT - 1.0) + 14.0;
        if x > 4.0 && x + w > width {
            x = 4.0;
            y += 18.0;
        }
        out.push(LegendItem {
            kind,
            x: r1(x),
            y: r1(y),
            label,
        });
        x += w;
    }
    let height = if out.is_empty() { 0.0 } else { y + 12.0 };
    (out, height)
}
