//! The chart drawn as SVG text: placed geometry in, markup out, nothing computed here (every
//! number comes from [`super::layout`]). Colours are SVG presentation attributes, so an
//! exported file looks right on its own; the stylesheet re-themes them with the tokens. No
//! inline styles, no ids (several widgets share a page). Deterministic: fixed decimals.
//!
//! The widget hands this text to Yew as one raw node (`components::ChartSvg`): a chart is
//! hundreds of elements, and as virtual nodes they made up three quarters of the work of
//! hydrating the page. The marks carry their model in `data-m` for the component's delegated
//! listeners. Pure: the golden tests call [`write`] directly.

use super::placed::{
    Bracket, LegendItem, LegendKind, Placed, PlacedMark, PlacedPoint, PlacedText, Shape, StepLine,
};
use super::rows::layout::ROW_H;
use crate::markup::{close, element, open};

const INK: &str = "#1a1a1a";
const MUTED: &str = "#555b61";
const LINE: &str = "#d6d9dc";
const KOREAN: &str = "#0b5cad";
const GLOBAL: &str = "#b45309";

/// Fixed-decimal number for an attribute: `12`, `12.5`.
fn n(v: f64) -> String {
    crate::i18n::format::decimal(v, 1)
}

fn text(o: &mut String, l: &PlacedText, class: &str, fill: &str) {
    let (x, y) = (n(l.x), n(l.y));
    element(
        o,
        "text",
        &[
            ("x", &x),
            ("y", &y),
            ("text-anchor", l.anchor.svg()),
            ("fill", fill),
            ("class", class),
        ],
        &l.text,
    );
}

fn shape(o: &mut String, s: &Shape, reference: bool) {
    let (fill, stroke) = if reference {
        ("#fbe3c8", GLOBAL)
    } else {
        (KOREAN, KOREAN)
    };
    let class = ("class", "kllm-chart__shape");
    match s {
        Shape::Bar { x, y, w, h } => {
            let (x, y, w, h) = (n(*x), n(*y), n(*w), n(*h));
            let attrs = [
                ("x", &*x),
                ("y", &y),
                ("width", &w),
                ("height", &h),
                ("fill", fill),
                ("stroke", stroke),
                class,
            ];
            element(o, "rect", &attrs, "");
        }
        Shape::Dot { cx, cy, r } => {
            let (cx, cy, r) = (n(*cx), n(*cy), n(*r));
            let attrs = [
                ("cx", &*cx),
                ("cy", &cy),
                ("r", &r),
                ("fill", fill),
                ("stroke", stroke),
                class,
            ];
            element(o, "circle", &attrs, "");
        }
        Shape::Diamond { points } => {
            let attrs = [
                ("points", &**points),
                ("fill", fill),
                ("stroke", stroke),
                ("stroke-width", "2"),
                class,
            ];
            element(o, "polygon", &attrs, "");
        }
    }
}

fn legend_slug(k: LegendKind) -> &'static str {
    match k {
        LegendKind::Korean => "korean",
        LegendKind::Global => "global",
        LegendKind::Article => "article",
        LegendKind::SelfReported => "self",
        LegendKind::BestSoFar => "best",
    }
}

fn legend_item(o: &mut String, item: &LegendItem, bars: bool) {
    let (x, y) = (item.x, item.y);
    let class = format!(
        "kllm-chart__legend kllm-chart__legend--{}",
        legend_slug(item.kind)
    );
    open(o, "g", &[("class", &class)]);
    match (item.kind, bars) {
        (LegendKind::Article, _) => {
            let (x, y1, y2) = (n(x + 5.0), n(y - 6.0), n(y + 6.0));
            let attrs = [
                ("x1", &*x),
                ("x2", &x),
                ("y1", &y1),
                ("y2", &y2),
                ("stroke", INK),
                ("stroke-dasharray", "3 2"),
                ("class", "kllm-chart__rule"),
            ];
            element(o, "line", &attrs, "");
        }
        (LegendKind::SelfReported, _) => {}
        (LegendKind::BestSoFar, _) => {
            let points = format!(
                "{},{} {},{} {},{} {},{}",
                n(x),
                n(y + 4.0),
                n(x + 5.0),
                n(y + 4.0),
                n(x + 5.0),
                n(y - 4.0),
                n(x + 10.0),
                n(y - 4.0)
            );
            let attrs = [
                ("points", &*points),
                ("fill", "none"),
                ("stroke", INK),
                ("stroke-width", "2"),
                ("class", "kllm-chart__step"),
            ];
            element(o, "polyline", &attrs, "");
        }
        (kind, true) => shape(
            o,
            &Shape::Bar {
                x,
                y: y - 5.0,
                w: 10.0,
                h: 10.0,
            },
            kind == LegendKind::Global,
        ),
        (LegendKind::Global, false) => {
            let points = format!(
                "{},{} {},{} {},{} {},{}",
                n(x + 5.0),
                n(y - 5.0),
                n(x + 10.0),
                n(y),
                n(x + 5.0),
                n(y + 5.0),
                n(x),
                n(y)
            );
            shape(o, &Shape::Diamond { points }, true)
        }
        (_, false) => shape(
            o,
            &Shape::Dot {
                cx: x + 5.0,
                cy: y,
                r: 4.5,
            },
            false,
        ),
    }
    let label_x = if item.kind == LegendKind::SelfReported {
        x
    } else {
        x + 16.0
    };
    let (lx, ly) = (n(label_x), n(y + 4.0));
    let attrs = [
        ("x", &*lx),
        ("y", &ly),
        ("fill", MUTED),
        ("font-size", "11"),
        ("class", "kllm-chart__muted"),
    ];
    element(o, "text", &attrs, &item.label);
    close(o, "g");
}

fn mark_class(m: &PlacedMark) -> String {
    let mut class = String::from("kllm-chart__mark");
    if m.reference {
        class.push_str(" kllm-chart__mark--ref");
    }
    if m.self_reported {
        class.push_str(" kllm-chart__mark--self");
    }
    class
}

/// Draws one mark; `stop` makes it the chart's one Tab stop (the first mark: arrow keys move
/// between the marks, see `components::roving`).
fn mark(o: &mut String, m: &PlacedMark, p: &Placed, stop: bool) {
    let cy = m.row_y + ROW_H / 2.0;
    // The button is the row's shape and hit area; its accessible name carries the model and
    // the full value, so the visible (possibly wrapped or shortened) labels beside it are
    // hidden from assistive technology rather than named twice or differently.
    open(o, "g", &[("class", "kllm-chart__row")]);
    let index = m.model.0.to_string();
    let attrs = [
        ("tabindex", if stop { "0" } else { "-1" }),
        ("role", "button"),
        ("aria-pressed", "false"),
        ("aria-label", &*m.aria),
        ("data-m", &index),
        ("class", &mark_class(m)),
    ];
    open(o, "g", &attrs);
    let (y, w, h) = (n(m.row_y), n(p.width), n(ROW_H));
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
        let (x1, x2, y) = (n(p.x0), n(p.x1), n(cy));
        let attrs = [
            ("x1", &*x1),
            ("x2", &x2),
            ("y1", &y),
            ("y2", &y),
            ("stroke", LINE),
            ("stroke-dasharray", "1 3"),
            ("class", "kllm-chart__guide"),
        ];
        element(o, "line", &attrs, "");
    }
    shape(o, &m.shape, m.reference);
    close(o, "g");
    open(
        o,
        "g",
        &[("aria-hidden", "true"), ("class", "kllm-chart__labels")],
    );
    for l in &m.name {
        text(o, l, "kllm-chart__name", INK);
    }
    let v = &m.value;
    let (x, y) = (n(v.x), n(v.y));
    let attrs = [
        ("x", &*x),
        ("y", &y),
        ("text-anchor", v.anchor.svg()),
        ("fill", INK),
        ("font-size", "11"),
        ("stroke", "#ffffff"),
        ("stroke-width", "3"),
        ("stroke-linejoin", "round"),
        ("paint-order", "stroke"),
        ("class", "kllm-chart__value"),
    ];
    element(o, "text", &attrs, &v.text);
    close(o, "g");
    close(o, "g");
}

/// A side's step line.
fn step_line(o: &mut String, l: &StepLine) {
    let points = l
        .corners
        .iter()
        .map(|&(x, y)| format!("{},{}", n(x), n(y)))
        .collect::<Vec<_>>()
        .join(" ");
    let (stroke, class) = if l.reference {
        (GLOBAL, "kllm-chart__step kllm-chart__step--ref")
    } else {
        (KOREAN, "kllm-chart__step")
    };
    let attrs = [
        ("points", &*points),
        ("fill", "none"),
        ("stroke", stroke),
        ("stroke-width", "2"),
        ("stroke-linejoin", "round"),
        ("class", class),
    ];
    element(o, "polyline", &attrs, "");
}

/// A bracket: a horizontal line with ticks to the score's height at both ends, and its
/// label with a halo.
fn bracket(o: &mut String, b: &Bracket) {
    open(o, "g", &[("class", "kllm-chart__bracket")]);
    let points = format!(
        "{},{} {},{} {},{} {},{}",
        n(b.x0),
        n(b.y),
        n(b.x0),
        n(b.line_y),
        n(b.x1),
        n(b.line_y),
        n(b.x1),
        n(b.y)
    );
    let mut attrs = vec![
        ("points", &*points),
        ("fill", "none"),
        ("stroke", INK),
        ("stroke-width", "1.5"),
        ("class", "kllm-chart__rule"),
    ];
    if b.at_least {
        attrs.push(("stroke-dasharray", "5 3"));
    }
    element(o, "polyline", &attrs, "");
    halo_text(o, &b.label, "kllm-chart__bracket-label", "12");
    close(o, "g");
}

/// A text with a background-coloured halo, readable over lines.
fn halo_text(o: &mut String, l: &PlacedText, class: &str, size: &str) {
    let (x, y) = (n(l.x), n(l.y));
    let attrs = [
        ("x", &*x),
        ("y", &y),
        ("text-anchor", l.anchor.svg()),
        ("fill", INK),
        ("font-size", size),
        ("stroke", "#ffffff"),
        ("stroke-width", "3"),
        ("stroke-linejoin", "round"),
        ("paint-order", "stroke"),
        ("class", class),
    ];
    element(o, "text", &attrs, &l.text);
}

/// A point of the gap chart: a focusable button like a row mark (one Tab stop for all of
/// them, `stop`), its hit area a circle.
fn point(o: &mut String, p: &PlacedPoint, stop: bool) {
    let index = p.model.0.to_string();
    let mut class = String::from("kllm-chart__mark kllm-chart__point");
    if p.reference {
        class.push_str(" kllm-chart__mark--ref");
    }
    if p.self_reported {
        class.push_str(" kllm-chart__mark--self");
    }
    let attrs = [
        ("tabindex", if stop { "0" } else { "-1" }),
        ("role", "button"),
        ("aria-pressed", "false"),
        ("aria-label", &*p.aria),
        ("data-m", &index),
        ("class", &class),
    ];
    open(o, "g", &attrs);
    if p.self_reported {
        // Paler, in an exported file too (the stylesheet does the same in the page).
        open(o, "g", &[("fill-opacity", "0.55")]);
        shape(o, &p.shape, p.reference);
        close(o, "g");
    } else {
        shape(o, &p.shape, p.reference);
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

/// The gap chart's own layers (nothing on the other charts): score gridlines, step lines,
/// then after the rule the brackets and the direct labels.
fn gap_grid(o: &mut String, p: &Placed) {
    for t in &p.yticks {
        open(o, "g", &[("class", "kllm-chart__tick")]);
        let (x1, x2, y) = (n(p.x0), n(p.x1), n(t.y));
        let attrs = [
            ("x1", &*x1),
            ("x2", &x2),
            ("y1", &y),
            ("y2", &y),
            ("stroke", LINE),
            ("class", "kllm-chart__grid"),
        ];
        element(o, "line", &attrs, "");
        text(o, &t.label, "kllm-chart__muted", MUTED);
        close(o, "g");
    }
    for l in &p.steps {
        step_line(o, l);
    }
}

/// The chart as SVG text, named by its `<title>` and described by a generated `<desc>` (no
/// ids, so several widgets can share a page); each mark is a focusable button. The SVG is a
/// `group`, not an `img`: an image's children are presentational, so its marks could not be
/// buttons (axe: nested-interactive). No mark is selected in the text.
pub fn write(p: &Placed, title: &str, desc: &str) -> String {
    let mut o = String::with_capacity(512 + 1200 * p.marks.len());
    let (w, h) = (n(p.width), n(p.height));
    let view_box = format!("0 0 {w} {h}");
    let attrs = [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("role", "group"),
        ("width", &*w),
        ("height", &h),
        ("viewBox", &view_box),
        ("font-family", "system-ui, sans-serif"),
        ("font-size", "12"),
        ("class", "kllm-chart__svg"),
    ];
    open(&mut o, "svg", &attrs);
    element(&mut o, "title", &[], title);
    element(&mut o, "desc", &[], desc);
    element(
        &mut o,
        "rect",
        &[
            ("width", &w),
            ("height", &h),
            ("fill", "#ffffff"),
            ("class", "kllm-chart__bg"),
        ],
        "",
    );
    let bars = !p.guides;
    for item in &p.legend {
        legend_item(&mut o, item, bars);
    }
    for t in &p.ticks {
        open(&mut o, "g", &[("class", "kllm-chart__tick")]);
        let (x, y1, y2) = (n(t.x), n(p.grid.0), n(p.grid.1));
        let attrs = [
            ("x1", &*x),
            ("x2", &x),
            ("y1", &y1),
            ("y2", &y2),
            ("stroke", LINE),
            ("class", "kllm-chart__grid"),
        ];
        element(&mut o, "line", &attrs, "");
        if !t.text.is_empty() {
            text(&mut o, t, "kllm-chart__muted", MUTED);
        }
        close(&mut o, "g");
    }
    gap_grid(&mut o, p);
    if let Some(r) = &p.rule {
        open(&mut o, "g", &[("class", "kllm-chart__article")]);
        let (x, y0, y1) = (n(r.x), n(r.y0), n(r.y1));
        let attrs = [
            ("x1", &*x),
            ("x2", &x),
            ("y1", &y0),
            ("y2", &y1),
            ("stroke", INK),
            ("stroke-width", "1.5"),
            ("stroke-dasharray", "4 3"),
            ("class", "kllm-chart__rule"),
        ];
        element(&mut o, "line", &attrs, "");
        text(&mut o, &r.label, "kllm-chart__rule-label", INK);
        close(&mut o, "g");
    }
    if !p.brackets.is_empty() || !p.labels.is_empty() {
        open(
            &mut o,
            "g",
            &[("aria-hidden", "true"), ("class", "kllm-chart__labels")],
        );
        for b in &p.brackets {
            bracket(&mut o, b);
        }
        for l in &p.labels {
            halo_text(&mut o, l, "kllm-chart__name", "11");
        }
        close(&mut o, "g");
    }
    for (i, m) in p.marks.iter().enumerate() {
        mark(&mut o, m, p, i == 0);
    }
    // The gap chart's points are the marks' roving group there: the first is the Tab stop.
    for (i, pt) in p.points.iter().enumerate() {
        point(&mut o, pt, i == 0 && p.marks.is_empty());
    }
    close(&mut o, "svg");
    o
}
