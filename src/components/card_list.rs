//! The cards: every model of the list in the sort order, written by `card::html` and handed
//! to Yew as one raw node, then kept in step on the live elements. The markup is rebuilt only
//! when the order or the language changes; what changes on a tap — a card filtered out or
//! past the list's limit, pinned, opened — is copied onto the live cards from the same pure
//! functions the writer uses (`item_attrs`, `article_class`, `pin_attrs`), so the live list
//! and a freshly written one never differ.
//!
//! Why not a component per card: Yew renders every component once more right after hydrating
//! (yew 0.23 `lifecycle.rs`: "We schedule a 'first' render to run immediately after
//! hydration"), so 36 card components were built and compared twice while the page started.
//! Cards open and close natively (`<details>`, which also works without JavaScript); a
//! `toggle` listener (capture: it does not bubble) reports it to the state.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement};
use yew::prelude::*;

use crate::card::html::{article, article_class, card_list, item_attrs, parts, pin_attrs};
use crate::card::list::{CardState, Listed};
use crate::data::dataset;
use crate::i18n::{t, ui, Msg};
use crate::model::ModelRef;
use crate::settings::Lang;
use crate::state::CARD_LIMIT;

#[derive(Properties, PartialEq, Clone)]
pub struct CardListProps {
    /// The cards, in order (hidden ones included).
    pub order: Rc<[ModelRef]>,
    /// Each card's state, in `order` (see `card::list::states`).
    pub states: Rc<[CardState]>,
    /// Cards of the view past the limit ("show all" lists them).
    pub more: usize,
    /// Cards in the view (the "show all" count).
    pub in_view: usize,
    pub all: bool,
    pub lang: Lang,
    /// The catalogue page, every card on it: where "show all" links without JavaScript.
    pub catalogue: AttrValue,
    pub on_pin: Callback<ModelRef>,
    pub on_open: Callback<(ModelRef, bool)>,
    pub on_all: Callback<bool>,
}

/// Copies each card's state onto the live list items under `list` where it differs from
/// `applied` (everything, after the markup was replaced).
fn apply(list: &Element, props: &CardListProps, applied: &mut Vec<CardState>, fresh: bool) {
    let d = dataset();
    let items = list.children();
    for (i, (&r, &state)) in props.order.iter().zip(props.states.iter()).enumerate() {
        let was = if fresh { None } else { applied.get(i).copied() };
        if was == Some(state) {
            continue;
        }
        let Some(li) = items.item(i as u32) else {
            continue;
        };
        let m = d.model(r);
        let was = was.unwrap_or_default();
        if fresh || was.listed != state.listed {
            let (class, hidden) = item_attrs(state.listed);
            let _ = li.set_attribute("class", class);
            let _ = if hidden {
                li.set_attribute("hidden", "")
            } else {
                li.remove_attribute("hidden")
            };
        }
        // A card written empty (out of view when the list was written) gets its content the
        // first time it is shown, from the same writer.
        if state.listed == Listed::Shown && li.first_element_child().is_none() {
            super::raw::set_html(&li, &article(r, props.lang, state));
            continue;
        }
        let Some(article) = li.first_element_child() else {
            continue;
        };
        if fresh || was.open != state.open {
            if let Ok(Some(details)) = article.query_selector(&format!(".{}", parts::DETAILS)) {
                if let Ok(details) = details.dyn_into::<HtmlDetailsElement>() {
                    if details.open() != state.open {
                        details.set_open(state.open);
                    }
                }
            }
        }
        if fresh || was.pinned != state.pinned || was.pin_disabled != state.pin_disabled {
            let _ = article.set_attribute("class", article_class(m, state.pinned));
            let Ok(Some(button)) = article.query_selector(&format!(".{}", parts::PIN)) else {
                continue;
            };
            let pin = pin_attrs(m, props.lang, state);
            let _ = button.set_attribute("aria-pressed", pin.pressed);
            let _ = button.set_attribute("aria-label", &pin.label);
            button.set_text_content(Some(pin.mark));
            let _ = match pin.disabled {
                Some(title) => button
                    .set_attribute("disabled", "")
                    .and_then(|_| button.set_attribute("title", title)),
                None => button
                    .remove_attribute("disabled")
                    .and_then(|_| button.remove_attribute("title")),
            };
        }
    }
    *applied = props.states.to_vec();
}

/// The model of the list item `el` is in. The index comes from the live page (a host script
/// could edit it), so it is checked against the dataset.
fn model_of(el: &Element) -> Option<ModelRef> {
    let item = el.closest("[data-m]").ok()??;
    let i: u16 = item.get_attribute("data-m")?.parse().ok()?;
    (usize::from(i) < dataset().models.len()).then_some(ModelRef(i))
}

/// The model of the card whose pin button a click came from.
fn pin_of(event: &MouseEvent) -> Option<ModelRef> {
    let target: Element = event.target()?.dyn_into().ok()?;
    model_of(&target.closest(&format!(".{}", parts::PIN)).ok()??)
}

#[component]
pub fn CardList(props: &CardListProps) -> Html {
    let list_ref = use_node_ref();
    // Written with the states of the moment it is (re)built; `apply` keeps it in step after.
    let markup = {
        let states = props.states.clone();
        use_memo((props.order.clone(), props.lang), move |(order, lang)| {
            AttrValue::from(card_list(order, &states, *lang))
        })
    };
    let markup = (*markup).clone();
    // Before the effect below, which reads the cards it writes (see `raw`).
    let cards = super::raw::use_raw_html(&list_ref, markup.clone());
    let applied = use_mut_ref(|| (AttrValue::default(), Vec::new()));
    {
        // After every render that changed the list or a card's state.
        let (list_ref, applied) = (list_ref.clone(), applied.clone());
        use_effect_with((markup.clone(), props.clone()), move |(markup, props)| {
            if let Some(list) = list_ref.cast::<Element>() {
                let (last, states) = &mut *RefCell::borrow_mut(&applied);
                let fresh = last != markup;
                apply(&list, props, states, fresh);
                *last = markup.clone();
            }
        });
    }
    {
        // `toggle` does not bubble: listen in the capture phase on the list.
        let (list_ref, on_open) = (list_ref.clone(), props.on_open.clone());
        use_effect_with(on_open, move |on_open| {
            let on_open = on_open.clone();
            let listener = list_ref.cast::<Element>().map(|list| {
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                EventListener::new_with_options(&list, "toggle", options, move |e| {
                    let Some(details) = e
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlDetailsElement>().ok())
                    else {
                        return;
                    };
                    if let Some(m) = model_of(&details) {
                        on_open.emit((m, details.open()));
                    }
                })
            });
            move || drop(listener)
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
    let lang = props.lang;
    let toggle_all = (props.more > 0 || (props.all && props.in_view > CARD_LIMIT)).then(|| {
        if props.more > 0 {
            // A link to the catalogue page (every card), which the widget takes itself when it
            // runs: the page carries only the cards its view shows. A click meant for a new tab
            // or window (a modifier key) still opens the catalogue there.
            let on_all = props.on_all.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                    return;
                }
                e.prevent_default();
                on_all.emit(true);
            });
            html! {
                <a class="kllm-button kllm-button--quiet kllm-cards__more" href={props.catalogue.clone()}
                    aria-controls="kllm-cards" {onclick}>
                    { ui::show_all(lang, props.in_view) }
                </a>
            }
        } else {
            let onclick = props.on_all.reform(move |_| false);
            html! {
                <button type="button" class="kllm-button kllm-button--quiet kllm-cards__more"
                    aria-expanded="true" aria-controls="kllm-cards" {onclick}>
                    { t(lang, Msg::ShowFewer) }
                </button>
            }
        }
    });
    // The button is one node even when absent: Yew matches unkeyed siblings from the end, so
    // a node that comes and goes would make it rebuild the list from its first markup.
    html! {
        <>
            // The skip link's target; the list's heading for screen readers.
            <h3 class="kllm-visually-hidden" id={super::skip_links::MODELS_TITLE} tabindex="-1">{ t(lang, Msg::ModelsHeading) }</h3>
            <ul class="kllm-cards" id="kllm-cards" ref={list_ref} {onclick}>
                { cards }
            </ul>
            { toggle_all.unwrap_or_default() }
        </>
    }
}
