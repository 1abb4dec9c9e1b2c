//! Headline and dek.

use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::settings::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="kllm-header">
            <h2 class="kllm-header__title">{ t(lang, Msg::Title) }</h2>
            <p class="kllm-header__dek">{ t(lang, Msg::Dek) }</p>
        </header>
    }
}
