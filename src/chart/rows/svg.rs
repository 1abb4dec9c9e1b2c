//! The row chart drawn as SVG text from its placed geometry, with the shared primitives
//! (`chart::svg`): the frame, the article's rule on the timeline, then a row per mark. Pure:
//! the golden tests call [`write`] directly.

use super::layout::ROW_H;
use super::placed::{Placed, PlacedMark};
use crate::chart::svg::{
    self, guide, halo_text, ink_text, n, open_frame, open_labels, open_mark, rule, shape, MarkState,
};
use crate::markup::{close, element, open};
use crate::model::ModelRef;

/// Draws one row: its mark (the row's hit area, its guide on a dot chart, its shape), then
/// its labels.
fn row(o: &mut String, m: &PlacedMark, p: &Placed, state: &MarkState) {
    let cy = m.row_y + ROW_H / 2.0;
    // The button is the row's shape and hit area; its accessible name carries the model and
    // the full value, so the visible (possibly wrapped or shortened) labels beside it are
    // hidden from assistive technology rather than named twice or differently.
    open(o, "g", &[("class", "kllm-chart__row")]);
    open_mark(o, &m.mark, state);
    let (y, w, h) = (n(m.row_y), n(p.frame.width), n(ROW_H));
    let attrs = [
        ("x", "0"),
        ("y", &*y),
        ("width", &w),
        ("height", &h),
        ("fill", "transparent"),
        ("class", "kllm-chart__hit"),
    ];
    element(o, "rect", &attrs, "");
    if p.guides {
        guide(o, (p.frame.x0, p.frame.x1), cy);
    }
    shape(o, &m.shape, m.mark.reference);
    close(o, "g");
    open_labels(o);
    for l in &m.name {
        ink_text(o, l, "kllm-chart__name");
    }
    halo_text(o, &m.value, "kllm-chart__value", "11");
    close(o, "g");
    close(o, "g");
}

/// The state of each mark with `selected` selected (see `chart::svg::mark_states`).
pub fn mark_states(p: &Placed, selected: Option<ModelRef>) -> Vec<MarkState> {
    svg::mark_states(p.marks.iter().map(|m| &m.mark), None, selected)
}

/// The row chart as SVG text, titled `title` and described by `desc`; each mark is a
/// focusable button, the first the Tab stop, none selected.
pub fn write(p: &Placed, title: &str, desc: &str) -> String {
    let mut o = String::with_capacity(512 + 1200 * p.marks.len());
    open_frame(&mut o, &p.frame, title, desc, !p.guides);
    if let Some(r) = &p.rule {
        rule(&mut o, r);
    }
    let states = mark_states(p, None);
    for (m, state) in p.marks.iter().zip(&states) {
        row(&mut o, m, p, state);
    }
    close(&mut o, "svg");
    o
}
