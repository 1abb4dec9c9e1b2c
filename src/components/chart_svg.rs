//! The chart drawing as a component: the SVG text written by `chart::figure::Drawing::svg` as one raw node,
//! plus the listeners. One click and one focus listener on the wrapper find the mark an event
//! came from (`data-m`); the selected mark is marked on the live elements, so selecting (which
//! focusing does) never replaces the focused element. The marks are one Tab stop (the
//! selected mark, else the first); arrow keys, Home and End move between them, and focusing a
//! mark selects it, so the details panel (a live region) reads its model and value.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::chart::figure::Drawing;
use crate::model::ModelRef;

const SELECTED: &str = "kllm-chart__mark--selected";

#[derive(Properties)]
pub struct ChartSvgProps {
    pub placed: Rc<Drawing>,
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

/// The model of the mark an event happened in, if any.
fn mark_of(event: &Event) -> Option<ModelRef> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let mark = target.closest("[data-m]").ok()??;
    crate::data::dataset().model_ref(&mark.get_attribute("data-m")?)
}

/// Marks `selected` (and only it) as pressed on the live marks under `root`, and makes it
/// the chart's Tab stop (the first mark when none is selected).
fn show_selected(root: &Element, selected: Option<ModelRef>) {
    let Ok(marks) = root.query_selector_all("[data-m]") else {
        return;
    };
    let any = (0..marks.length()).any(|i| {
        marks
            .item(i)
            .and_then(|n| n.dyn_into::<Element>().ok())
            .and_then(|m| m.get_attribute("data-m"))
            .and_then(|v| v.parse().ok())
            == selected.map(|m| m.0)
    });
    for i in 0..marks.length() {
        let Some(mark) = marks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let on = mark.get_attribute("data-m").and_then(|v| v.parse().ok()) == selected.map(|m| m.0);
        let stop = on || (!any && i == 0);
        let _ = mark.set_attribute("tabindex", if stop { "0" } else { "-1" });
        let class = mark.get_attribute("class").unwrap_or_default();
        let was = class.split(' ').any(|c| c == SELECTED);
        if on != was {
            let class = if on {
                format!("{class} {SELECTED}")
            } else {
                class
                    .split(' ')
                    .filter(|c| *c != SELECTED)
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let _ = mark.set_attribute("class", &class);
            let _ = mark.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    }
}

#[component]
pub fn ChartSvg(props: &ChartSvgProps) -> Html {
    let root = use_node_ref();
    let svg = AttrValue::from(props.placed.svg(&props.title, &props.desc));
    let drawing = super::raw::use_raw_html(&root, svg.clone());
    {
        // After every drawing and every selection: the text has no selection in it.
        let root = root.clone();
        use_effect_with((svg.clone(), props.selected), move |(_, selected)| {
            if let Some(root) = root.cast::<Element>() {
                show_selected(&root, *selected);
            }
        });
    }
    let pick = |cb: &Callback<ModelRef>| {
        let cb = cb.clone();
        move |e: Event| {
            if let Some(m) = mark_of(&e) {
                cb.emit(m);
            }
        }
    };
    let onclick = {
        let pick = pick(&props.on_select);
        Callback::from(move |e: MouseEvent| pick(e.into()))
    };
    let onfocusin = {
        let pick = pick(&props.on_select);
        Callback::from(move |e: FocusEvent| pick(e.into()))
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        super::roving::on_key(&e, ".kllm-chart__canvas", "[data-m]");
    });
    html! {
        <div class="kllm-chart__canvas" ref={root} {onclick} {onfocusin} {onkeydown}>
            { drawing }
        </div>
    }
}
