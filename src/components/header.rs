//! Headline, dek and the language switch.

use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::settings::Lang;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let other = lang.other();
    let onlang = props.on_action.reform(move |_| Action::SetLang(other));
    html! {
        <header class="kllm-header">
            <div class="kllm-header__top">
                <h2 class="kllm-header__title">{ t(lang, Msg::Title) }</h2>
                <button type="button" class="kllm-button kllm-button--quiet kllm-header__lang" onclick={onlang}
                    lang={other.slug()}>
                    { t(lang, Msg::LanguageSwitch) }
                </button>
            </div>
            <p class="kllm-header__dek">{ t(lang, Msg::Dek) }</p>
        </header>
    }
}
