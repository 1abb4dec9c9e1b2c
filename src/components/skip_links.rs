//! Skip links at the top of the widget ("카드로 건너뛰기", "차트로 건너뛰기"): hidden until they
//! take focus, they move focus to the card list's or the chart's heading. They work the same
//! inside a shadow root and an iframe: the target is found inside this widget and focused by
//! script, so the page's URL fragment (which holds the share link) never changes. Without
//! JavaScript they are plain fragment links.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::settings::Lang;

/// Element ids of the headings the links lead to.
pub const MODELS_TITLE: &str = "kllm-models-title";
pub const CHART_TITLE: &str = "kllm-chart-title";

#[derive(Properties, PartialEq)]
pub struct SkipLinksProps {
    pub lang: Lang,
}

/// Focuses the element with `id` inside the widget that `link` belongs to.
fn go(link: &Element, id: &str) {
    let target = link
        .closest(".kllm")
        .ok()
        .flatten()
        .and_then(|root| root.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(el) = target {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

#[component]
pub fn SkipLinks(props: &SkipLinksProps) -> Html {
    let lang = props.lang;
    let link = |id: &'static str, msg: Msg| {
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                go(&el, id);
            }
        });
        html! { <a class="kllm-skip__link" href={format!("#{id}")} {onclick}>{ t(lang, msg) }</a> }
    };
    html! {
        <nav class="kllm-skip" aria-label={t(lang, Msg::SkipLinks)}>
            { link(MODELS_TITLE, Msg::SkipToModels) }
            { link(CHART_TITLE, Msg::SkipToChart) }
        </nav>
    }
}
