//! One figure, of either kind: the row chart or the gap chart. Pure.

use super::placed::Frame;
use super::svg::MarkState;
use super::{gap, rows};
use crate::model::ModelRef;

/// A figure placed at a width, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Drawing {
    Rows(rows::placed::Placed),
    Gap(gap::placed::Placed),
}

impl Drawing {
    /// The frame: the drawing's size, its plot and its legend.
    pub fn frame(&self) -> &Frame {
        match self {
            Drawing::Rows(p) => &p.frame,
            Drawing::Gap(p) => &p.frame,
        }
    }

    /// The drawing as SVG text, titled `title` and described by `desc`.
    pub fn svg(&self, title: &str, desc: &str) -> String {
        match self {
            Drawing::Rows(p) => rows::svg::write(p, title, desc),
            Drawing::Gap(p) => gap::svg::write(p, title, desc),
        }
    }

    /// The state of each focusable mark, in drawing order, with `selected` selected (see
    /// `svg::mark_states`).
    pub fn mark_states(&self, selected: Option<ModelRef>) -> Vec<MarkState> {
        match self {
            Drawing::Rows(p) => rows::svg::mark_states(p, selected),
            Drawing::Gap(p) => gap::svg::mark_states(p, selected),
        }
    }
}
