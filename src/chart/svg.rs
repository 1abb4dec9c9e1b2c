//! The SVG primitives both kinds of chart are drawn from: the frame (the SVG element, its
//! `<title>` and `<desc>`, the background, the legend, the x gridlines), texts with and
//! without a halo, the shapes, the article's rule, and the focusable mark with its state
//! ([`mark_states`], the one writer of a mark's state). Each kind draws its placed geometry
//! with these (`rows::svg`, `gap::svg`); nothing is computed here (every number comes from a
//! layout). Colours are SVG presentation attributes, so an exported file looks right on its
//! own; the stylesheet re-themes them with the tokens. No inline styles, no ids (several
//! widgets share a page). Deterministic: fixed decimals.
//!
//! The widget hands the drawing to Yew as one raw node (`components::ChartSvg`): a chart is
//! hundreds of elements, and as virtual nodes they made up three quarters of the work of
//! hydrating the page. The marks carry their model in `data-m` for the component's delegated
//! listeners. Pure: the golden tests draw with the kinds' `write`.

use super::placed::{Frame, LegendItem, LegendKind, Mark, PlacedText, Rule, Shape};
use crate::markup::{close, element, open};

// The light theme's colours (`crate::palette`, the stylesheet's light tokens).
const INK: &str = crate::palette::FG;
const MUTED: &str = crate::palette::MUTED;
const LINE: &str = crate::palette::LINE;
const KOREAN: &str = crate::palette::ACCENT;
const GLOBAL: &str = crate::palette::REF;
const GLOBAL_FILL: &str = crate::palette::REF_FILL;
const BG: &str = crate::palette::BG;

/// Fixed-decimal number for an attribute: `12`, `12.5`.
pub fn n(v: f64) -> String {
    crate::i18n::format::decimal(v, 1)
}

/// A text in `fill`.
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

/// A text in ink.
pub fn ink_text(o: &mut String, l: &PlacedText, class: &str) {
    text(o, l, class, INK);
}

/// A shape in its side's colours.
pub fn shape(o: &mut String, s: &Shape, reference: bool) {
    let (fill, stroke) = if reference {
        (GLOBAL_FILL, GLOBAL)
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
        &Shape::Diamond { cx, cy, r } => {
            let corners = points(&[(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]);
            let attrs = [
                ("points", &*corners),
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

/// A legend entry: its swatch (the sides as bars on a bar chart, else as a dot and a
/// diamond) and its label.
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
            let corners = [
                (x, y + 4.0),
                (x + 5.0, y + 4.0),
                (x + 5.0, y - 4.0),
                (x + 10.0, y - 4.0),
            ];
            polyline(
                o,
                &corners,
                Paint::Ink,
                "2",
                &[("class", "kllm-chart__step")],
            );
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
        (LegendKind::Global, false) => shape(
            o,
            &Shape::Diamond {
                cx: x + 5.0,
                cy: y,
                r: 5.0,
            },
            true,
        ),
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

/// A text with a background-coloured halo, readable over lines; `size` in px.
pub fn halo_text(o: &mut String, l: &PlacedText, class: &str, size: &str) {
    let (x, y) = (n(l.x), n(l.y));
    let attrs = [
        ("x", &*x),
        ("y", &y),
        ("text-anchor", l.anchor.svg()),
        ("fill", INK),
        ("font-size", size),
        ("stroke", BG),
        ("stroke-width", "3"),
        ("stroke-linejoin", "round"),
        ("paint-order", "stroke"),
        ("class", class),
    ];
    element(o, "text", &attrs, &l.text);
}

/// A colour a kind's drawing names (the values stay in this module's one block).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    Ink,
    /// A side's colour: a global reference model's, else a Korean one's.
    Side {
        reference: bool,
    },
}

impl Paint {
    fn colour(self) -> &'static str {
        match self {
            Paint::Ink => INK,
            Paint::Side { reference: true } => GLOBAL,
            Paint::Side { reference: false } => KOREAN,
        }
    }
}

/// An open polyline through `corners`, `width` px wide; `attrs` follow the width.
pub fn polyline(
    o: &mut String,
    corners: &[(f64, f64)],
    stroke: Paint,
    width: &str,
    attrs: &[(&str, &str)],
) {
    let corners = points(corners);
    let mut all = vec![
        ("points", &*corners),
        ("fill", "none"),
        ("stroke", stroke.colour()),
        ("stroke-width", width),
    ];
    all.extend_from_slice(attrs);
    element(o, "polyline", &all, "");
}

/// `points` as SVG's polygon and polyline lists: `x,y x,y …`.
fn points(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|&(x, y)| format!("{},{}", n(x), n(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A gridline from (`x.0`, `y.0`) to (`x.1`, `y.1`) with its label (none when empty).
pub fn tick(o: &mut String, x: (f64, f64), y: (f64, f64), label: &PlacedText) {
    open(o, "g", &[("class", "kllm-chart__tick")]);
    let (x1, x2, y1, y2) = (n(x.0), n(x.1), n(y.0), n(y.1));
    let attrs = [
        ("x1", &*x1),
        ("x2", &x2),
        ("y1", &y1),
        ("y2", &y2),
        ("stroke", LINE),
        ("class", "kllm-chart__grid"),
    ];
    element(o, "line", &attrs, "");
    if !label.text.is_empty() {
        text(o, label, "kllm-chart__muted", MUTED);
    }
    close(o, "g");
}

/// A faint guide along a row, from `x.0` to `x.1` at `y`.
pub fn guide(o: &mut String, x: (f64, f64), y: f64) {
    let (x1, x2, y) = (n(x.0), n(x.1), n(y));
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

/// The article's date: a dashed vertical rule and its label.
pub fn rule(o: &mut String, r: &Rule) {
    open(o, "g", &[("class", "kllm-chart__article")]);
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
    element(o, "line", &attrs, "");
    text(o, &r.label, "kllm-chart__rule-label", INK);
    close(o, "g");
}

/// Opens the group of texts that assistive technology skips (the marks' accessible names say
/// them already); the caller closes it.
pub fn open_labels(o: &mut String) {
    open(
        o,
        "g",
        &[("aria-hidden", "true"), ("class", "kllm-chart__labels")],
    );
}

/// A focusable mark's state: the chart's one Tab stop (`tabindex`), the selected mark
/// (`aria-pressed`), and its classes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkState {
    pub tabindex: &'static str,
    pub pressed: &'static str,
    pub class: String,
}

impl MarkState {
    /// The state as the attributes it is written as.
    pub fn attrs(&self) -> [(&'static str, &str); 3] {
        [
            ("tabindex", self.tabindex),
            ("aria-pressed", self.pressed),
            ("class", &self.class),
        ]
    }
}

/// The class every mark's class starts with, and the one of the selected mark.
const MARK: &str = "kllm-chart__mark";
const SELECTED: &str = "kllm-chart__mark--selected";

/// The state of each of a chart's `marks` (in drawing order) with `selected` selected; `kind`
/// is a class every mark of the chart has besides `kllm-chart__mark` (the gap chart's
/// `kllm-chart__point`). The marks take one Tab stop together (arrow keys move between them,
/// see `components::roving`): the selected mark, else the first. The one writer of a mark's
/// state: the SVG text is written with none selected, and the component copies what this
/// returns onto the live marks when the selection changes.
pub fn mark_states<'a>(
    marks: impl Iterator<Item = &'a Mark> + Clone,
    kind: Option<&str>,
    selected: Option<crate::model::ModelRef>,
) -> Vec<MarkState> {
    let stop = marks
        .clone()
        .position(|m| Some(m.model) == selected)
        .unwrap_or(0);
    marks
        .enumerate()
        .map(|(i, m)| {
            let on = Some(m.model) == selected;
            let mut class = String::from(MARK);
            for (has, c) in [
                (kind.is_some(), kind.unwrap_or_default()),
                (m.reference, "kllm-chart__mark--ref"),
                (m.self_reported, "kllm-chart__mark--self"),
                (on, SELECTED),
            ] {
                if has {
                    class.push(' ');
                    class.push_str(c);
                }
            }
            MarkState {
                tabindex: if i == stop { "0" } else { "-1" },
                pressed: if on { "true" } else { "false" },
                class,
            }
        })
        .collect()
}

/// Opens a focusable mark: a button named by its accessible name, with its model in
/// `data-m` and its state; the caller draws its shape and hit area and closes it.
pub fn open_mark(o: &mut String, m: &Mark, state: &MarkState) {
    let index = m.model.0.to_string();
    let attrs = [
        ("tabindex", state.tabindex),
        ("role", "button"),
        ("aria-pressed", state.pressed),
        ("aria-label", &*m.aria),
        ("data-m", &index),
        ("class", &state.class),
    ];
    open(o, "g", &attrs);
}

/// Opens the drawing: the SVG element, named by its `<title>` and described by a generated
/// `<desc>` (no ids, so several widgets can share a page), its background, the legend (the
/// sides' swatches as bars when `bars`) and the x gridlines. The SVG is a `group`, not an
/// `img`: an image's children are presentational, so its marks could not be buttons (axe:
/// nested-interactive). The caller draws its layers and closes the `svg`.
pub fn open_frame(o: &mut String, f: &Frame, title: &str, desc: &str, bars: bool) {
    let (w, h) = (n(f.width), n(f.height));
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
    open(o, "svg", &attrs);
    element(o, "title", &[], title);
    element(o, "desc", &[], desc);
    element(
        o,
        "rect",
        &[
            ("width", &w),
            ("height", &h),
            ("fill", BG),
            ("class", "kllm-chart__bg"),
        ],
        "",
    );
    for item in &f.legend {
        legend_item(o, item, bars);
    }
    for t in &f.ticks {
        tick(o, (t.x, t.x), f.grid, t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ModelRef;

    fn mark(i: u16, reference: bool, self_reported: bool) -> Mark {
        Mark {
            model: ModelRef(i),
            reference,
            self_reported,
            aria: String::new(),
        }
    }

    #[test]
    fn the_selected_mark_is_pressed_and_the_tab_stop() {
        let marks = [mark(3, false, false), mark(5, true, true)];
        let drawn = mark_states(marks.iter(), None, None);
        assert_eq!(
            drawn,
            [
                MarkState {
                    tabindex: "0",
                    pressed: "false",
                    class: "kllm-chart__mark".into()
                },
                MarkState {
                    tabindex: "-1",
                    pressed: "false",
                    class: "kllm-chart__mark kllm-chart__mark--ref kllm-chart__mark--self".into()
                }
            ]
        );
        let picked = mark_states(marks.iter(), Some("kllm-chart__point"), Some(ModelRef(5)));
        assert_eq!(
            (picked[0].tabindex, picked[0].pressed, &*picked[0].class),
            ("-1", "false", "kllm-chart__mark kllm-chart__point")
        );
        assert_eq!(
            (picked[1].tabindex, picked[1].pressed, &*picked[1].class),
            (
                "0",
                "true",
                "kllm-chart__mark kllm-chart__point kllm-chart__mark--ref \
                 kllm-chart__mark--self kllm-chart__mark--selected"
            )
        );
        // A selection that is not drawn leaves the first mark the Tab stop.
        let other = mark_states(marks.iter(), None, Some(ModelRef(9)));
        assert_eq!(other, drawn);
    }
}
