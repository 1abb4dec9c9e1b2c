//! The filter panel's chip groups: toggle buttons with live counts, and the reset control.

use yew::prelude::*;

use crate::chips::ChipGroup;
use crate::i18n::{t, Msg};
use crate::settings::Lang;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub lang: Lang,
    pub groups: Vec<ChipGroup>,
    /// Whether any filter or search is active (enables the reset control).
    pub active: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let lang = props.lang;
    let reset = props.on_action.reform(|_| Action::ResetFilters);
    html! {
        <div class="kllm-filters" role="group" aria-label={t(lang, Msg::FiltersHeading)}>
            { for props.groups.iter().map(|g| html! {
                <fieldset class="kllm-filters__group" key={g.title}>
                    <legend class="kllm-filters__legend">{ g.title }</legend>
                    <div class="kllm-filters__chips">
                        { for g.chips.iter().map(|c| {
                            let action = c.action.clone();
                            let onclick = props.on_action.reform(move |_| action.clone());
                            html! {
                                <button type="button" key={c.key.clone()}
                                    class={classes!("kllm-chip", (c.count == 0 && !c.pressed).then_some("kllm-chip--empty"))}
                                    aria-pressed={c.pressed.to_string()} {onclick}>
                                    { &c.label }
                                </button>
                            }
                        }) }
                    </div>
                </fieldset>
            }) }
            <button type="button" class="kllm-button kllm-filters__reset" disabled={!props.active} onclick={reset}>
                { t(lang, Msg::Reset) }
            </button>
        </div>
    }
}
