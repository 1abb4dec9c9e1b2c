//! The chart drawing as a component: the SVG text of the placed figure
//! (`chart::figure::Drawing::svg`) as one raw node, plus the listeners. One click and one
//! focus listener on the wrapper find the mark an event came from (`data-m`); the selected
//! mark is marked on the live elements, so selecting (which focusing does) never replaces the
//! focused element. The marks are one Tab stop (the selected mark, else the first); arrow
//! keys, Home and End move focus between them, and focusing a mark selects it, so the details
//! panel (a live region) reads its model and value. A mark's state (Tab stop, pressed, class)
//! has one writer, `chart::svg::mark_states`: the text is written with it, and this component
//! only copies what it computes for the selection onto the live marks.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::chart::figure::Drawing;
use crate::model::ModelRef;

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

/// Copies the marks' state with `selected` selected, as the drawing's one writer of a mark's
/// state computes it (`chart::svg::mark_states`), onto the live marks under `root`; the
/// marks are in drawing order, so the `i`th state is the `i`th mark's.
fn show_selected(root: &Element, placed: &Drawing, selected: Option<ModelRef>) {
    let Ok(marks) = root.query_selector_all("[data-m]") else {
        return;
    };
    for (i, state) in placed.mark_states(selected).iter().enumerate() {
        let Some(mark) = marks
            .item(i as u32)
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        for (name, value) in state.attrs() {
            if mark.get_attribute(name).as_deref() != Some(value) {
                let _ = mark.set_attribute(name, value);
            }
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
        let (root, placed) = (root.clone(), props.placed.clone());
        use_effect_with((svg.clone(), props.selected), move |(_, selected)| {
            if let Some(root) = root.cast::<Element>() {
                show_selected(&root, &placed, *selected);
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
    // Focus moves to the mark the key asks for; focusing selects it, and the selection writes
    // the marks' state (the Tab stop included) through `show_selected`.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        super::roving::move_focus(&e, ".kllm-chart__canvas", "[data-m]");
    });
    html! {
        <div class="kllm-chart__canvas" ref={root} {onclick} {onfocusin} {onkeydown}>
            { drawing }
        </div>
    }
}
