//! One model as a card: names and the pin button here, the rest as static HTML from
//! `card_html` (facts with their status, highlight, badges, and every source in a disclosure
//! that works without hover and without JavaScript).

use yew::prelude::*;

use crate::card_html::card_body;
use crate::data::dataset;
use crate::i18n::{self, t, Msg};
use crate::model::ModelRef;
use crate::state::Lang;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub model: ModelRef,
    pub lang: Lang,
    pub pinned: bool,
    /// No more pins can be added (the pin button of an unpinned card is disabled).
    pub pins_full: bool,
    pub on_pin: Callback<ModelRef>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let d = dataset();
    let lang = props.lang;
    let m = d.model(props.model);
    // The static body, rebuilt only when the model or the language changes.
    let body = use_memo((props.model, lang), move |&(r, lang)| {
        Html::from_html_unchecked(AttrValue::from(card_body(dataset().model(r), lang)))
    });
    let body = (*body).clone();
    let title_id = format!("kllm-card-{}", m.id);
    let name = i18n::text(lang, &m.name);
    let on_pin = {
        let (cb, r) = (props.on_pin.clone(), props.model);
        Callback::from(move |_| cb.emit(r))
    };
    let pin_disabled = props.pins_full && !props.pinned;
    let class = classes!(
        "kllm-card",
        m.reference.then_some("kllm-card--reference"),
        props.pinned.then_some("kllm-card--pinned")
    );

    html! {
        <article {class} aria-labelledby={title_id.clone()}>
            <div class="kllm-card__head">
                <div class="kllm-card__names">
                    <h3 class="kllm-card__title" id={title_id}>{ name }</h3>
                    <p class="kllm-card__subtitle" lang={if lang == Lang::Ko { "en" } else { "ko" }}>{ i18n::other(lang, &m.name) }</p>
                </div>
                <button type="button" class="kllm-pin" aria-pressed={props.pinned.to_string()}
                    aria-label={i18n::pin_label(lang, name, props.pinned)} disabled={pin_disabled}
                    title={pin_disabled.then(|| t(lang, Msg::PinLimit))} onclick={on_pin}>
                    <span aria-hidden="true">{ if props.pinned { "✓" } else { "+" } }</span>
                </button>
            </div>
            { body }
        </article>
    }
}
