//! The cards: every model of the list, in the sort order, as HTML written by `card::html` and
//! handed to Yew as one raw node. The list is rebuilt only when the order or the language
//! changes. What changes on every tap is set on the live elements: which cards the filters
//! hide, and which are pinned (pin button state, name and the pinned outline).
//!
//! Why not a component per card: Yew renders every component once more right after hydrating
//! (yew 0.23 `lifecycle.rs`: "We schedule a 'first' render to run immediately after
//! hydration"), so 36 card components were built and compared twice while the page started,
//! and a filter tap compared them all again. One raw list is hydrated in one step.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::card::html::card_list;
use crate::data::dataset;
use crate::i18n::{self, t, ui, Msg};
use crate::model::ModelRef;
use crate::settings::Lang;

#[derive(Properties, PartialEq, Clone)]
pub struct CardListProps {
    /// The cards, in order (hidden ones included).
    pub order: Rc<[ModelRef]>,
    /// Shown or hidden, by model index.
    pub shown: Rc<[bool]>,
    pub pins: Vec<ModelRef>,
    /// No more pins can be added (the pin buttons of unpinned cards are disabled).
    pub pins_full: bool,
    pub lang: Lang,
    pub on_pin: Callback<ModelRef>,
}

/// What was last set on the live cards, so a tap touches only the cards it changes.
#[derive(Default)]
struct Applied {
    markup: AttrValue,
    shown: Vec<bool>,
    pinned: Vec<bool>,
    full: bool,
}

/// Sets hidden, pinned and disabled on the cards under `list` that differ from `applied`.
fn apply(list: &Element, props: &CardListProps, applied: &mut Applied, markup: &AttrValue) {
    let d = dataset();
    let fresh = applied.markup != *markup;
    let n = d.models.len();
    let mut pinned = vec![false; n];
    for p in &props.pins {
        pinned[p.0 as usize] = true;
    }
    let items = list.children();
    for (i, &r) in props.order.iter().enumerate() {
        let k = r.0 as usize;
        let Some(li) = items.item(i as u32) else {
            continue;
        };
        let show = props.shown[k];
        if fresh || applied.shown.get(k) != Some(&show) {
            let _ = if show {
                li.remove_attribute("hidden")
            } else {
                li.set_attribute("hidden", "")
            };
        }
        let pin = pinned[k];
        let was = !fresh && applied.pinned.get(k) == Some(&true);
        let disabled = props.pins_full && !pin;
        let was_disabled = !fresh && applied.full && applied.pinned.get(k) == Some(&false);
        if pin == was && disabled == was_disabled {
            continue;
        }
        let (Some(article), Ok(Some(button))) =
            (li.first_element_child(), li.query_selector(".kllm-pin"))
        else {
            continue;
        };
        if pin != was {
            let m = d.model(r);
            let name = i18n::text(props.lang, &m.name);
            let class = match (m.reference, pin) {
                (false, false) => "kllm-card",
                (false, true) => "kllm-card kllm-card--pinned",
                (true, false) => "kllm-card kllm-card--reference",
                (true, true) => "kllm-card kllm-card--reference kllm-card--pinned",
            };
            let _ = article.set_attribute("class", class);
            let _ = button.set_attribute("aria-pressed", if pin { "true" } else { "false" });
            let _ = button.set_attribute("aria-label", &ui::pin_label(props.lang, name, pin));
            if let Some(mark) = button.first_element_child() {
                mark.set_text_content(Some(if pin { "✓" } else { "+" }));
            }
        }
        if disabled != was_disabled {
            if disabled {
                let _ = button.set_attribute("disabled", "");
                let _ = button.set_attribute("title", t(props.lang, Msg::PinLimit));
            } else {
                let _ = button.remove_attribute("disabled");
                let _ = button.remove_attribute("title");
            }
        }
    }
    *applied = Applied {
        markup: markup.clone(),
        shown: props.shown.to_vec(),
        pinned,
        full: props.pins_full,
    };
}

/// The model of the card whose pin button an event came from.
fn pin_of(event: &MouseEvent) -> Option<ModelRef> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let button = target.closest(".kllm-pin").ok()??;
    let item = button.closest("[data-m]").ok()??;
    dataset().model_ref(&item.get_attribute("data-m")?)
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
    let list_ref = use_node_ref();
    let markup = use_memo((props.order.clone(), props.lang), |(order, lang)| {
        AttrValue::from(card_list(order, *lang))
    });
    let markup = (*markup).clone();
    let cards = super::raw::use_raw_html(&list_ref, markup.clone());
    let applied = use_mut_ref(Applied::default);
    {
        // After every render that changed the list or its marks.
        let (list_ref, applied) = (list_ref.clone(), applied.clone());
        use_effect_with((markup.clone(), props.clone()), move |(markup, props)| {
            if let Some(list) = list_ref.cast::<Element>() {
                apply(&list, props, &mut RefCell::borrow_mut(&applied), markup);
            }
        });
    }
    let onclick = {
        let on_pin = props.on_pin.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(m) = pin_of(&e) {
                on_pin.emit(m);
            }
        })
    };
    html! {
        <ul class="kllm-cards" ref={list_ref} {onclick}>
            { cards }
        </ul>
    }
}
