//! "Embed code": the iframe and script snippets for this widget's own folder, with copy
//! buttons (Clipboard API, or a selected text area to copy by hand).

use yew::prelude::*;

use super::use_copy::use_copy;
use crate::i18n::{t, Msg};
use crate::settings::Lang;
use crate::snippet::snippets;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub lang: Lang,
}

/// The widget's folder: where its glue module was loaded from (browser), or relative (SSR).
fn widget_base() -> String {
    #[cfg(target_arch = "wasm32")]
    return crate::browser::asset_url("./");
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

#[derive(Properties, PartialEq)]
struct SnippetProps {
    lang: Lang,
    label: Msg,
    code: AttrValue,
}

/// One snippet: label, read-only text area, copy button and its outcome.
#[component]
fn Snippet(props: &SnippetProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    let (onclick, outcome) = use_copy(&field, props.code.clone());
    let note = match outcome {
        None => "",
        Some(true) => t(lang, Msg::Copied),
        Some(false) => t(lang, Msg::CopySelected),
    };
    html! {
        <div class="kllm-embed__snippet">
            <label class="kllm-embed__label">
                { t(lang, props.label) }
                <textarea class="kllm-embed__code" readonly=true rows="4" spellcheck="false"
                    ref={field} value={props.code.clone()} />
            </label>
            <div class="kllm-embed__actions">
                <button type="button" class="kllm-button kllm-button--quiet" {onclick}>{ t(lang, Msg::Copy) }</button>
                <span class="kllm-embed__note" role="status">{ note }</span>
            </div>
        </div>
    }
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let lang = props.lang;
    let base = use_memo((), |_| widget_base());
    let s = snippets(&base, lang, t(lang, Msg::Title));
    html! {
        <details class="kllm-embed">
            <summary class="kllm-embed__summary">{ t(lang, Msg::EmbedCode) }</summary>
            <p class="kllm-embed__hint">{ t(lang, Msg::EmbedHint) }</p>
            <Snippet {lang} label={Msg::EmbedIframe} code={AttrValue::from(s.iframe)} />
            <Snippet {lang} label={Msg::EmbedScript} code={AttrValue::from(s.script)} />
        </details>
    }
}
