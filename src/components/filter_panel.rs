//! The filter panel, opened from the toolbar: the chip groups (toggle buttons with live
//! counts), the card order and the theme, the reset control, and a button that closes it.
//! Filters apply as they are tapped; closing keeps them. Each chip group is a toolbar with
//! one Tab stop (its first pressed chip, else its first); arrow keys move inside it.

use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use super::roving::{self, tabindex};
use crate::chips::ChipGroup;
use crate::i18n::{t, Msg};
use crate::settings::{Lang, SortKey, Theme};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub lang: Lang,
    pub groups: Vec<ChipGroup>,
    pub sort: SortKey,
    pub theme: Theme,
    /// Whether any filter or search is active (enables the reset control).
    pub active: bool,
    pub open: bool,
    pub on_open: Callback<bool>,
    pub on_action: Callback<Action>,
}

fn select_value(e: &Event) -> Option<String> {
    e.target()?
        .dyn_into::<HtmlSelectElement>()
        .ok()
        .map(|s| s.value())
}

#[component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let lang = props.lang;
    let reset = props.on_action.reform(|_| Action::ResetFilters);
    let close = props.on_open.reform(|_| false);
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
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        roving::on_key(&e, "[role=toolbar]", "button.kllm-chip");
    });
    html! {
        <div class="kllm-panel" id="kllm-panel" role="group" aria-labelledby="kllm-panel-title" hidden={!props.open}>
            <h3 class="kllm-panel__title" id="kllm-panel-title">{ t(lang, Msg::FiltersHeading) }</h3>
            // Its chips and settings exist only while it is open: the closed panel (the page as
            // prerendered) costs no elements, and without JavaScript it never opens.
            if props.open {
            <div class="kllm-filters">
                { for props.groups.iter().map(|g| {
                    let stop = g.chips.iter().position(|c| c.pressed).unwrap_or(0);
                    html! {
                        <fieldset class="kllm-filters__group" key={g.title}>
                            <legend class="kllm-filters__legend">{ g.title }</legend>
                            <div class="kllm-filters__chips" role="toolbar" aria-label={g.title} onkeydown={onkeydown.clone()}>
                                { for g.chips.iter().enumerate().map(|(i, c)| {
                                    let action = c.action.clone();
                                    let onclick = props.on_action.reform(move |_| action.clone());
                                    html! {
                                        <button type="button" key={c.key.clone()} tabindex={tabindex(i, stop)}
                                            class={classes!("kllm-chip", (c.count == 0 && !c.pressed).then_some("kllm-chip--empty"))}
                                            aria-pressed={c.pressed.to_string()} {onclick}>
                                            { &c.label }
                                        </button>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    }
                }) }
            </div>
            <fieldset class="kllm-panel__settings">
                <legend class="kllm-filters__legend">{ t(lang, Msg::DisplaySettings) }</legend>
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
            </fieldset>
            <div class="kllm-panel__actions">
                <button type="button" class="kllm-button kllm-button--quiet kllm-filters__reset" disabled={!props.active} onclick={reset}>
                    { t(lang, Msg::Reset) }
                </button>
                <button type="button" class="kllm-button kllm-panel__close" onclick={close}>
                    { t(lang, Msg::ClosePanel) }
                </button>
            </div>
            }
        </div>
    }
}
