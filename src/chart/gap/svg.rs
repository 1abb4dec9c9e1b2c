//! The gap chart drawn as SVG text from its placed geometry, with the shared primitives
//! (`chart::svg`): the frame, the score gridlines and the step lines, the article's rule, the
//! brackets and the direct labels, then the points. Pure: the golden tests call [`write`]
//! directly.

use super::placed::{Bracket, Placed, PlacedPoint};
use crate::chart::svg::{
    self, halo_text, n, open_frame, open_labels, open_mark, polyline, rule, shape, tick, MarkState,
    Paint,
};
use crate::markup::{close, element, open};
use crate::model::ModelRef;

/// The class every point has besides `kllm-chart__mark`.
const POINT: &str = "kllm-chart__point";

/// A bracket: a horizontal line with ticks to the score's height at both ends, and its
/// label with a halo.
fn bracket(o: &mut String, b: &Bracket) {
    open(o, "g", &[("class", "kllm-chart__bracket")]);
    let corners = [(b.x0, b.y), (b.x0, b.line_y), (b.x1, b.line_y), (b.x1, b.y)];
    let dash: &[(&str, &str)] = if b.at_least {
        &[("class", "kllm-chart__rule"), ("stroke-dasharray", "5 3")]
    } else {
        &[("class", "kllm-chart__rule")]
    };
    polyline(o, &corners, Paint::Ink, "1.5", dash);
    halo_text(o, &b.label, "kllm-chart__bracket-label", "12");
    close(o, "g");
}

/// A point: a focusable button like a row's mark, its hit area a circle.
fn point(o: &mut String, p: &PlacedPoint, state: &MarkState) {
    open_mark(o, &p.mark, state);
    if p.mark.self_reported {
        // Paler, in an exported file too (the stylesheet does the same in the page).
        open(o, "g", &[("fill-opacity", "0.55")]);
        shape(o, &p.shape, p.mark.reference);
        close(o, "g");
    } else {
        shape(o, &p.shape, p.mark.reference);
    }
    // The hit area over the shape (transparent): the whole circle takes the tap, its centre
    // included.
    let (cx, cy, r) = (n(p.hit.0), n(p.hit.1), n(p.hit.2));
    let attrs = [
        ("cx", &*cx),
        ("cy", &cy),
        ("r", &r),
        ("fill", "transparent"),
        ("class", "kllm-chart__hit"),
    ];
    element(o, "circle", &attrs, "");
    close(o, "g");
}

/// The state of each point with `selected` selected (see `chart::svg::mark_states`).
pub fn mark_states(p: &Placed, selected: Option<ModelRef>) -> Vec<MarkState> {
    svg::mark_states(p.points.iter().map(|pt| &pt.mark), Some(POINT), selected)
}

/// The gap chart as SVG text, titled `title` and described by `desc`; each point is a
/// focusable button, the oldest the Tab stop, none selected.
pub fn write(p: &Placed, title: &str, desc: &str) -> String {
    let f = &p.frame;
    let mut o = String::with_capacity(512 + 600 * p.points.len());
    // Not a bar chart: the legend draws a dot and a diamond.
    open_frame(&mut o, f, title, desc, false);
    for t in &p.yticks {
        tick(&mut o, (f.x0, f.x1), (t.y, t.y), &t.label);
    }
    for l in &p.steps {
        let class = if l.reference {
            "kllm-chart__step kllm-chart__step--ref"
        } else {
            "kllm-chart__step"
        };
        let attrs = [("stroke-linejoin", "round"), ("class", class)];
        let paint = Paint::Side {
            reference: l.reference,
        };
        polyline(&mut o, &l.corners, paint, "2", &attrs);
    }
    if let Some(r) = &p.rule {
        rule(&mut o, r);
    }
    if !p.brackets.is_empty() || !p.labels.is_empty() {
        open_labels(&mut o);
        for b in &p.brackets {
            bracket(&mut o, b);
        }
        for l in &p.labels {
            halo_text(&mut o, l, "kllm-chart__name", "11");
        }
        close(&mut o, "g");
    }
    let states = mark_states(p, None);
    for (pt, state) in p.points.iter().zip(&states) {
        point(&mut o, pt, state);
    }
    close(&mut o, "svg");
    o
}
