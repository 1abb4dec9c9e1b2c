//! Draws placed chart geometry as SVG and nothing else: every number comes from
//! `chart::layout`. Colours are SVG presentation attributes (so an exported file looks right
//! on its own); the stylesheet overrides them with the theme's tokens. No inline styles.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::layout::ROW_H;
use crate::chart::placed::{Label, LegendItem, LegendKind, Placed, PlacedMark, Shape};
use crate::model::ModelRef;

const INK: &str = "#1a1a1a";
const MUTED: &str = "#555b61";
const LINE: &str = "#d6d9dc";
const KOREAN: &str = "#0b5cad";
const GLOBAL: &str = "#b45309";

#[derive(Properties)]
pub struct ChartSvgProps {
    pub placed: Rc<Placed>,
    pub title: AttrValue,
    pub desc: AttrValue,
    #[prop_or_default]
    pub selected: Option<ModelRef>,
    #[prop_or_default]
    pub on_select: Callback<ModelRef>,
}

// By pointer for the geometry: `Chart` memoises the layout, so an unchanged chart keeps its
// `Rc`, and comparing every mark would cost more wasm (and time) than it saves.
impl PartialEq for ChartSvgProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.placed, &other.placed)
            && self.title == other.title
            && self.desc == other.desc
            && self.selected == other.selected
            && self.on_select == other.on_select
    }
}

/// Fixed-decimal number for an attribute: `12`, `12.5`.
fn n(v: f64) -> String {
    crate::format::decimal(v, 1)
}

fn text(l: &Label, class: &'static str, fill: &'static str) -> Html {
    html! {
        <text class={class} x={n(l.x)} y={n(l.y)} text-anchor={l.anchor.svg()} fill={fill}>
            { l.text.clone() }
        </text>
    }
}

fn shape(s: &Shape, reference: bool) -> Html {
    let (fill, stroke) = if reference {
        ("#fbe3c8", GLOBAL)
    } else {
        (KOREAN, KOREAN)
    };
    match s {
        Shape::Bar { x, y, w, h } => html! {
            <rect class="kllm-chart__shape" x={n(*x)} y={n(*y)} width={n(*w)} height={n(*h)}
                fill={fill} stroke={stroke} />
        },
        Shape::Dot { cx, cy, r } => html! {
            <circle class="kllm-chart__shape" cx={n(*cx)} cy={n(*cy)} r={n(*r)} fill={fill} stroke={stroke} />
        },
        Shape::Diamond { points } => html! {
            <polygon class="kllm-chart__shape" points={points.clone()} fill={fill} stroke={stroke} stroke-width="2" />
        },
    }
}

fn legend_item(item: &LegendItem, bars: bool) -> Html {
    let (x, y) = (item.x, item.y);
    let swatch = match (item.kind, bars) {
        (LegendKind::Article, _) => html! {
            <line class="kllm-chart__rule" x1={n(x + 5.0)} x2={n(x + 5.0)} y1={n(y - 6.0)} y2={n(y + 6.0)}
                stroke={INK} stroke-dasharray="3 2" />
        },
        (LegendKind::SelfReported, _) => Html::default(),
        (kind, true) => shape(
            &Shape::Bar {
                x,
                y: y - 5.0,
                w: 10.0,
                h: 10.0,
            },
            kind == LegendKind::Global,
        ),
        (LegendKind::Global, false) => shape(
            &Shape::Diamond {
                points: format!(
                    "{},{} {},{} {},{} {},{}",
                    n(x + 5.0),
                    n(y - 5.0),
                    n(x + 10.0),
                    n(y),
                    n(x + 5.0),
                    n(y + 5.0),
                    n(x),
                    n(y)
                ),
            },
            true,
        ),
        (_, false) => shape(
            &Shape::Dot {
                cx: x + 5.0,
                cy: y,
                r: 4.5,
            },
            false,
        ),
    };
    let label_x = if item.kind == LegendKind::SelfReported {
        x
    } else {
        x + 16.0
    };
    html! {
        <g class={classes!("kllm-chart__legend", format!("kllm-chart__legend--{}", legend_slug(item.kind)))}>
            { swatch }
            <text class="kllm-chart__muted" x={n(label_x)} y={n(y + 4.0)} fill={MUTED} font-size="11">{ item.label.clone() }</text>
        </g>
    }
}

fn legend_slug(k: LegendKind) -> &'static str {
    match k {
        LegendKind::Korean => "korean",
        LegendKind::Global => "global",
        LegendKind::Article => "article",
        LegendKind::SelfReported => "self",
    }
}

fn mark(m: &PlacedMark, p: &Placed, selected: bool, on_select: &Callback<ModelRef>) -> Html {
    let class = classes!(
        "kllm-chart__mark",
        m.reference.then_some("kllm-chart__mark--ref"),
        m.self_reported.then_some("kllm-chart__mark--self"),
        selected.then_some("kllm-chart__mark--selected"),
    );
    let model = m.model;
    let onclick = on_select.reform(move |_: MouseEvent| model);
    let onfocus = on_select.reform(move |_: FocusEvent| model);
    let cy = m.row_y + ROW_H / 2.0;
    // The button is the row's shape and hit area; its accessible name carries the model and
    // the full value, so the visible (possibly wrapped or shortened) labels beside it are
    // hidden from assistive technology rather than named twice or differently.
    html! {
        <g key={m.model.0} class="kllm-chart__row">
            <g class={class} tabindex="0" role="button" aria-pressed={selected.to_string()}
                aria-label={m.aria.clone()} {onclick} {onfocus}>
                <rect class="kllm-chart__hit" x="0" y={n(m.row_y)} width={n(p.width)} height={n(ROW_H)} fill="transparent" />
                if p.guides {
                    <line class="kllm-chart__guide" x1={n(p.x0)} x2={n(p.x1)} y1={n(cy)} y2={n(cy)} stroke={LINE} stroke-dasharray="1 3" />
                }
                { shape(&m.shape, m.reference) }
            </g>
            <g class="kllm-chart__labels" aria-hidden="true">
                { for m.name.iter().map(|l| text(l, "kllm-chart__name", INK)) }
                <text class="kllm-chart__value" x={n(m.value.x)} y={n(m.value.y)} text-anchor={m.value.anchor.svg()}
                    fill={INK} font-size="11" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">
                    { m.value.text.clone() }
                </text>
            </g>
        </g>
    }
}

/// The chart itself, named by its `<title>` and described by a generated `<desc>` (no ids, so
/// several widgets can share a page); each mark is a focusable button that reports its model
/// through `on_select`. The SVG is a `group`, not an `img`: an image's children are
/// presentational, so its marks could not be buttons (axe: nested-interactive).
#[component]
pub fn ChartSvg(props: &ChartSvgProps) -> Html {
    let p = &*props.placed;
    let view_box = format!("0 0 {} {}", n(p.width), n(p.height));
    let bars = !p.guides;
    html! {
        <svg class="kllm-chart__svg" xmlns="http://www.w3.org/2000/svg" role="group" width={n(p.width)} height={n(p.height)}
            viewBox={view_box} font-family="system-ui, sans-serif" font-size="12">
            <title>{ props.title.clone() }</title>
            <desc>{ props.desc.clone() }</desc>
            <rect class="kllm-chart__bg" width={n(p.width)} height={n(p.height)} fill="#ffffff" />
            { for p.legend.iter().map(|item| legend_item(item, bars)) }
            { for p.ticks.iter().map(|t| html! {
                <g class="kllm-chart__tick">
                    <line class="kllm-chart__grid" x1={n(t.x)} x2={n(t.x)} y1={n(p.grid.0)} y2={n(p.grid.1)} stroke={LINE} />
                    if !t.text.is_empty() { { text(t, "kllm-chart__muted", MUTED) } }
                </g>
            }) }
            if let Some(r) = &p.rule {
                <g class="kllm-chart__article">
                    <line class="kllm-chart__rule" x1={n(r.x)} x2={n(r.x)} y1={n(r.y0)} y2={n(r.y1)} stroke={INK} stroke-width="1.5" stroke-dasharray="4 3" />
                    { text(&r.label, "kllm-chart__rule-label", INK) }
                </g>
            }
            { for p.marks.iter().map(|m| mark(m, p, props.selected == Some(m.model), &props.on_select)) }
        </svg>
    }
}
