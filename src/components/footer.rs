//! Sources, the data's date and the release, "Get the data" with the data's licence and how
//! to cite it, and the correction link.

use yew::prelude::*;

use crate::data::dataset;
use crate::i18n::{t, ui, Msg};
use crate::model::ModelRef;
use crate::release;
use crate::settings::Lang;

/// File names of the full data downloads, written next to `index.html` by the prerenderer.
pub const DATA_CSV: &str = "kllm-models.csv";
pub const DATA_JSON: &str = "kllm-models.json";

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
    /// The models the reader sees now (for "models shown" downloads).
    pub shown: Vec<ModelRef>,
    /// `mailto:` or `https://` link for corrections (`Options::corrections_link`); no link
    /// when the build allowed none.
    #[prop_or_default]
    pub corrections: Option<AttrValue>,
    /// Folder URL (ending in `/`) of the widget's files, for the full data downloads; empty
    /// means next to the page.
    #[prop_or_default]
    pub asset_base: AttrValue,
    /// The current view as a share-link fragment (without `#`).
    #[prop_or_default]
    pub fragment: AttrValue,
    /// The page a share link opens (the widget's own page, for a script embed); the current
    /// page when `None`.
    #[prop_or_default]
    pub share_base: Option<AttrValue>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let lang = props.lang;
    let d = dataset();
    let article = d.source(d.article.source);
    let [before, article_text, after] = ui::footer_article(lang, d.article.date);
    let [licence_before, licence, licence_after] = ui::data_licence(lang);
    let button = |label: Msg, models: Vec<ModelRef>, json: bool| {
        let onclick = Callback::from(move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                let d = dataset();
                if json {
                    crate::browser::download(
                        "kllm-models.json",
                        "application/json",
                        &crate::export::json(d, &models),
                    );
                } else {
                    crate::browser::download(
                        "kllm-models.csv",
                        "text/csv;charset=utf-8",
                        &crate::export::csv(d, &models),
                    );
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&models, json);
        });
        html! { <button type="button" class="kllm-button kllm-button--quiet" {onclick}>{ t(lang, label) }</button> }
    };
    html! {
        <footer class="kllm-footer">
            <p class="kllm-footer__line">
                { before }
                <a href={article.url.as_ref()} rel="noopener" target="_blank">{ article_text }</a>
                { after }
                { for d.background.iter().enumerate().map(|(i, &s)| { let s = d.source(s); html! {
                    <>{ if i > 0 { ", " } else { "" } }<a href={s.url.as_ref()} rel="noopener" target="_blank">{ s.title.as_ref() }</a></>
                } }) }
                { ui::sources_on_cards(lang, d.sources.len()) }
            </p>
            <p class="kllm-footer__line">
                { ui::data_as_of(lang, d.as_of) }{ " · " }
                { ui::release(lang, &release::name(d.as_of)) }
                if let Some(href) = props.corrections.clone() {
                    { " · " }<a {href}>{ t(lang, Msg::ReportCorrection) }</a>
                }
            </p>
            <div class="kllm-footer__tools">
                <details class="kllm-footer__data">
                    <summary>{ t(lang, Msg::GetData) }</summary>
                    <div class="kllm-footer__downloads">
                        // The full data are files written at build time: plain links that work
                        // without JavaScript. The shown models are built on request.
                        <a class="kllm-button kllm-button--quiet" href={format!("{}{}", props.asset_base, DATA_CSV)} download="">{ t(lang, Msg::CsvAll) }</a>
                        <a class="kllm-button kllm-button--quiet" href={format!("{}{}", props.asset_base, DATA_JSON)} download="">{ t(lang, Msg::JsonAll) }</a>
                        { button(Msg::CsvView, props.shown.clone(), false) }
                        { button(Msg::JsonView, props.shown.clone(), true) }
                    </div>
                    <p class="kllm-footer__licence">
                        { licence_before }
                        <a href={release::DATA_LICENCE_URL} rel="license noopener" target="_blank">{ licence }</a>
                        { licence_after }
                    </p>
                    <p class="kllm-footer__cite">
                        { t(lang, Msg::CiteAs) }{ ": " }{ ui::citation(lang, &release::name(d.as_of), d.as_of) }
                    </p>
                </details>
                <super::share::Share {lang} fragment={props.fragment.clone()} base={props.share_base.clone()} />
                <super::EmbedCode {lang} />
            </div>
        </footer>
    }
}
