//! The comparison tray: pinned models, reachable on a phone (sticky at the bottom).

use yew::prelude::*;

use crate::data::dataset;
use crate::i18n::{self, t, ui, Msg};
use crate::model::ModelRef;
use crate::settings::Lang;
use crate::state::MAX_PINS;

#[derive(Properties, PartialEq)]
pub struct TrayProps {
    pub lang: Lang,
    pub pins: Vec<ModelRef>,
    pub on_unpin: Callback<ModelRef>,
    pub on_clear: Callback<()>,
    pub on_compare: Callback<()>,
}

#[component]
pub fn Tray(props: &TrayProps) -> Html {
    if props.pins.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let d = dataset();
    html! {
        <section class="kllm-tray" aria-label={t(lang, Msg::TrayTitle)}>
            <p class="kllm-tray__title">{ ui::tray_title(lang, props.pins.len(), MAX_PINS) }</p>
            <ul class="kllm-tray__list">
                { for props.pins.iter().map(|&r| {
                    let name = i18n::text(lang, &d.model(r).name);
                    let onclick = props.on_unpin.reform(move |_| r);
                    html! {
                        <li key={d.model(r).id.as_ref()}>
                            <button type="button" class="kllm-tray__item" aria-label={ui::pin_label(lang, name, true)} {onclick}>
                                { name }<span aria-hidden="true">{ " ×" }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <div class="kllm-tray__actions">
                <button type="button" class="kllm-button" onclick={props.on_compare.reform(|_| ())}>{ t(lang, Msg::TrayCompare) }</button>
                <button type="button" class="kllm-button kllm-button--quiet" onclick={props.on_clear.reform(|_| ())}>{ t(lang, Msg::TrayClear) }</button>
            </div>
        </section>
    }
}
