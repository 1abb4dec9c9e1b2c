//! Search box, sort order, language and theme.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::settings::{Lang, SortKey, Theme};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub lang: Lang,
    pub query: AttrValue,
    pub sort: SortKey,
    pub theme: Theme,
    pub on_action: Callback<Action>,
}

fn select_value(e: &Event) -> Option<String> {
    e.target()?
        .dyn_into::<HtmlSelectElement>()
        .ok()
        .map(|s| s.value())
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
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
    let onsort = props.on_action.reform(|e: Event| {
        Action::SetSort(
            select_value(&e)
                .and_then(|v| SortKey::from_slug(&v))
                .unwrap_or(SortKey::DEFAULT),
        )
    });
    let ontheme = props.on_action.reform(|e: Event| {
        Action::SetTheme(
            select_value(&e)
                .and_then(|v| Theme::from_slug(&v))
                .unwrap_or(Theme::DEFAULT),
        )
    });
    let other = lang.other();
    let onlang = props.on_action.reform(move |_| Action::SetLang(other));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());

    html! {
        <div class="kllm-controls">
            <form class="kllm-search" role="search" {onsubmit}>
                <label class="kllm-search__label" for="kllm-search">{ t(lang, Msg::SearchLabel) }</label>
                <input id="kllm-search" class="kllm-search__input" type="search" autocomplete="off"
                    spellcheck="false" enterkeyhint="search"
                    placeholder={t(lang, Msg::SearchPlaceholder)} value={props.query.clone()} {oninput} {onkeydown} />
            </form>
            <div class="kllm-controls__row">
                <label class="kllm-select">
                    <span class="kllm-select__label">{ t(lang, Msg::SortLabel) }</span>
                    <select class="kllm-select__input" onchange={onsort}>
                        { for SortKey::ALL.iter().map(|&k| html! {
                            <option value={k.slug()} selected={k == props.sort}>{ t(lang, k) }</option>
                        }) }
                    </select>
                </label>
                <label class="kllm-select">
                    <span class="kllm-select__label">{ t(lang, Msg::ThemeLabel) }</span>
                    <select class="kllm-select__input" onchange={ontheme}>
                        { for Theme::ALL.iter().map(|&th| html! {
                            <option value={th.slug()} selected={th == props.theme}>{ t(lang, th) }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="kllm-button kllm-controls__lang" onclick={onlang}
                    lang={other.slug()}>
                    { t(lang, Msg::LanguageSwitch) }
                </button>
            </div>
        </div>
    }
}
