//! The bar above the story: the search box, the button that opens the filter panel (with the
//! number of filters in force), the filters in force as removable chips, and the result line.
//! The panel itself (`FilterPanel`) opens below the bar and closes again.
//!
//! The result line updates on every key; what a screen reader hears is a separate live
//! region that takes the line's text once it has stood still for [`ANNOUNCE_DELAY_MS`], so a
//! reader typing a word hears one count, not one per syllable.

use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::chips::ActiveChip;
use crate::i18n::{t, ui, Msg};
use crate::settings::Lang;
use crate::state::Action;

/// How long the result line must stay the same before it is announced.
pub const ANNOUNCE_DELAY_MS: u32 = 700;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lang: Lang,
    pub query: AttrValue,
    pub active: Vec<ActiveChip>,
    /// The result line: `모델 36개 중 5개`.
    pub results: AttrValue,
    /// The filter panel is open.
    pub open: bool,
    pub on_open: Callback<bool>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    // Filter on every `input` event: some Android keyboards never end IME composition.
    let oninput = props.on_action.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetQuery(input.value())
    });
    // Enter while composing commits the syllable; only a real Enter is swallowed.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" && !e.is_composing() {
            e.prevent_default();
        }
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let open = props.open;
    let toggle = props.on_open.reform(move |_| !open);
    let count = props.active.len();
    // What the live region says: the result line, once it has settled. It starts as the
    // first line (nothing is announced when the page loads).
    let announced = {
        let first = props.results.clone();
        use_state(move || first)
    };
    {
        let announced = announced.clone();
        use_effect_with(props.results.clone(), move |results| {
            let results = results.clone();
            let timer = gloo::timers::callback::Timeout::new(ANNOUNCE_DELAY_MS, move || {
                announced.set(results);
            });
            move || drop(timer)
        });
    }
    html! {
        <div class="kllm-toolbar">
            <div class="kllm-toolbar__bar">
                <form class="kllm-search" role="search" {onsubmit}>
                    <label class="kllm-search__label" for="kllm-search">{ t(lang, Msg::SearchLabel) }</label>
                    <input id="kllm-search" class="kllm-search__input" type="search" autocomplete="off"
                        spellcheck="false" enterkeyhint="search"
                        placeholder={t(lang, Msg::SearchPlaceholder)} value={props.query.clone()} {oninput} {onkeydown} />
                </form>
                <button type="button" class={classes!("kllm-button", "kllm-toolbar__filter", (count > 0).then_some("kllm-toolbar__filter--active"))}
                    aria-expanded={open.to_string()} aria-controls="kllm-panel" onclick={toggle}>
                    { ui::filter_button(lang, count) }
                </button>
            </div>
            if !props.active.is_empty() {
                <ul class="kllm-toolbar__active" aria-label={t(lang, Msg::ActiveFilters)}>
                    { for props.active.iter().map(|c| {
                        let remove = c.remove.clone();
                        let onclick = props.on_action.reform(move |_| remove.clone());
                        html! {
                            <li key={c.key.clone()}>
                                <button type="button" class="kllm-chip kllm-chip--active"
                                    aria-label={ui::remove_filter(lang, c.name)} {onclick}>
                                    { c.name }<span aria-hidden="true">{ " ×" }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            // Read once: the live region below carries the same words for assistive technology.
            <p class="kllm-results" aria-hidden="true">{ props.results.clone() }</p>
            <p class="kllm-live kllm-visually-hidden" role="status" aria-live="polite">{ (*announced).clone() }</p>
        </div>
    }
}
