//! "Share this view": the link to the current view, naming the release that made it, in a
//! field a reader can copy from on any phone, and a copy button where the Clipboard API is
//! available.

use yew::prelude::*;

use super::use_copy::use_copy;
use crate::data::dataset;
use crate::i18n::{t, Msg};
use crate::settings::Lang;
use crate::url_state::with_release;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub lang: Lang,
    /// The view's fragment (without `#`).
    pub fragment: AttrValue,
    /// The page the link opens; the current page (without its fragment) when `None`.
    #[prop_or_default]
    pub base: Option<AttrValue>,
}

/// The current page's address without its fragment.
fn page_base() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let lang = props.lang;
    // The page address is only known in the browser.
    let base = use_state(String::new);
    {
        let (base, fixed) = (base.clone(), props.base.clone());
        use_effect_with(fixed, move |fixed| {
            base.set(fixed.as_ref().map_or_else(page_base, |b| b.to_string()));
        });
    }
    // The field is a URL input: until the page's address is known (server rendering) it is
    // empty, not a bare fragment.
    let link = if base.is_empty() {
        String::new()
    } else {
        let release = crate::release::name(dataset().as_of);
        format!("{}#{}", *base, with_release(&props.fragment, &release))
    };
    let field = use_node_ref();
    let (onclick, copied) = use_copy(&field, AttrValue::from(link.clone()));
    let status = match copied {
        Some(true) => t(lang, Msg::LinkCopied),
        Some(false) => t(lang, Msg::LinkCopyFailed),
        None => "",
    };
    html! {
        <details class="kllm-share">
            <summary>{ t(lang, Msg::ShareView) }</summary>
            <div class="kllm-share__body">
                <label class="kllm-share__label">
                    <span>{ t(lang, Msg::ShareLinkLabel) }</span>
                    <input class="kllm-share__input" type="url" readonly=true value={link} ref={field} />
                </label>
                <button type="button" class="kllm-button" {onclick}>{ t(lang, Msg::CopyLink) }</button>
                <span class="kllm-share__status" role="status">{ status }</span>
            </div>
        </details>
    }
}
