//! The catalogue page (`catalogue.html`, and `en/catalogue.html` in English): every model of
//! the data with every fact and numbered source, one anchor per model (its card's title id,
//! `#kllm-card-<id>`), the data's date, licence, downloads and how to cite — a plain page
//! with no script, for readers without JavaScript, search engines and citation. The widget's
//! page carries only what its first view shows; its "show all" links here. Written at build
//! time from the same card writer as the widget's list (`card::html`). Pure.

use crate::card::html::card;
use crate::card::list::{CardState, Listed};
use crate::chart::gap;
use crate::components::{DATA_CSV, DATA_JSON};
use crate::data::dataset;
use crate::filter::ordered;
use crate::i18n::{t, ui, ChartMsg, Msg};
use crate::markup::{close, element, open, text, void};
use crate::release;
use crate::settings::{Lang, SortKey};

/// The file name, in each language's folder.
pub const FILE: &str = "catalogue.html";

/// The folder of a language's pages, relative to the build's root: `""` or `"en/"`.
pub const fn folder(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "",
        Lang::En => "en/",
    }
}

/// The catalogue page in `lang`. `root` is the way from the page to the build's root folder
/// (`""`, or `"../"` for the English page), where the stylesheets and data files are.
pub fn page(lang: Lang, root: &str) -> String {
    let d = dataset();
    let mut o = String::with_capacity(400_000);
    o.push_str("<!doctype html>\n");
    open(&mut o, "html", &[("lang", lang.slug())]);
    open(&mut o, "head", &[]);
    void(&mut o, "meta", &[("charset", "utf-8")]);
    let viewport = [
        ("name", "viewport"),
        ("content", "width=device-width, initial-scale=1"),
    ];
    void(&mut o, "meta", &viewport);
    let title = format!("{} — {}", t(lang, Msg::CatalogueTitle), t(lang, Msg::Title));
    element(&mut o, "title", &[], &title);
    let description = [
        ("name", "description"),
        ("content", t(lang, Msg::CatalogueIntro)),
    ];
    void(&mut o, "meta", &description);
    for (rel, file) in [
        ("icon", "favicon.svg"),
        ("stylesheet", "kllm.css"),
        ("stylesheet", "page.css"),
        // No script here: the controls that need one are hidden as on the page without it.
        ("stylesheet", "kllm-nojs.css"),
    ] {
        let href = format!("{root}{file}");
        open(&mut o, "link", &[("rel", rel), ("href", &href)]);
    }
    close(&mut o, "head");
    open(&mut o, "body", &[]);
    open(&mut o, "main", &[]);
    open(
        &mut o,
        "section",
        &[
            ("class", "kllm kllm--theme-auto kllm-catalogue"),
            ("lang", lang.slug()),
        ],
    );
    open(&mut o, "header", &[("class", "kllm-header")]);
    element(
        &mut o,
        "h1",
        &[("class", "kllm-header__title")],
        t(lang, Msg::CatalogueTitle),
    );
    element(
        &mut o,
        "p",
        &[("class", "kllm-header__dek")],
        t(lang, Msg::CatalogueIntro),
    );
    open(&mut o, "p", &[]);
    element(
        &mut o,
        "a",
        &[("href", "index.html")],
        t(lang, Msg::BackToWidget),
    );
    text(&mut o, " · ");
    let other = lang.other();
    let other_href = format!("{root}{}{FILE}", folder(other));
    element(
        &mut o,
        "a",
        &[
            ("href", &other_href),
            ("lang", other.slug()),
            ("hreflang", other.slug()),
        ],
        t(other, Msg::CatalogueTitle),
    );
    close(&mut o, "p");
    close(&mut o, "header");
    // Every model, Korean and global, newest first; each card open to its facts and sources.
    open(&mut o, "ul", &[("class", "kllm-cards kllm-cards--all")]);
    let state = CardState {
        listed: Listed::Shown,
        open: true,
        ..CardState::default()
    };
    for r in ordered(d, SortKey::DEFAULT, lang) {
        o.push_str(&card(r, lang, state));
    }
    close(&mut o, "ul");
    // The gap view's figures and tables, for each benchmark it offers (its default setting):
    // what the widget's "show as a table" has, for readers without JavaScript.
    open(
        &mut o,
        "section",
        &[("class", "kllm-catalogue__gap"), ("id", gap::TABLES_ID)],
    );
    element(&mut o, "h2", &[], t(lang, ChartMsg::GapTitle));
    // The widget's own benchmark first (the headline), then the others in their order; each
    // under its setting, at an anchor of its own (`#kllm-gap-mmlu`), its tables scrolling
    // sideways on a phone as in the widget.
    let mut benches = crate::gap::benchmarks(d);
    benches.sort_by_key(|&b| b != crate::state::GAP_BENCH);
    for bench in benches {
        if let Some(s) = gap::gap_series(d, bench, None, lang) {
            open(&mut o, "section", &[("id", &gap::tables_id(bench))]);
            element(&mut o, "h3", &[], &s.setting);
            o.push_str(&s.headline_html(lang));
            o.push_str(&s.figures_html(d, lang));
            open(&mut o, "div", &[("class", "kllm-chart__table-wrap")]);
            o.push_str(&gap::table::write(d, &s, lang));
            close(&mut o, "div");
            close(&mut o, "section");
        }
    }
    close(&mut o, "section");
    // The data's date, the release, the downloads, the licence and how to cite.
    open(&mut o, "footer", &[("class", "kllm-footer")]);
    let name = release::name(d.as_of);
    let line = format!(
        "{} · {} · {}",
        ui::data_as_of(lang, d.as_of),
        ui::release(lang, &name),
        ui::sources_on_cards(lang, d.sources.len())
    );
    element(&mut o, "p", &[("class", "kllm-footer__line")], &line);
    open(&mut o, "p", &[("class", "kllm-footer__downloads")]);
    for (label, file) in [(Msg::CsvAll, DATA_CSV), (Msg::JsonAll, DATA_JSON)] {
        let href = format!("{root}{file}");
        element(
            &mut o,
            "a",
            &[
                ("class", "kllm-button kllm-button--quiet"),
                ("href", &href),
                ("download", ""),
            ],
            t(lang, label),
        );
        text(&mut o, " ");
    }
    close(&mut o, "p");
    let [before, licence, after] = ui::data_licence(lang);
    open(&mut o, "p", &[("class", "kllm-footer__licence")]);
    text(&mut o, before);
    element(
        &mut o,
        "a",
        &[("href", release::DATA_LICENCE_URL), ("rel", "license")],
        licence,
    );
    text(&mut o, after);
    close(&mut o, "p");
    let cite = format!(
        "{}: {}",
        t(lang, Msg::CiteAs),
        ui::citation(lang, &name, d.as_of)
    );
    element(&mut o, "p", &[("class", "kllm-footer__cite")], &cite);
    for tag in ["footer", "section", "main", "body", "html"] {
        close(&mut o, tag);
    }
    o.push('\n');
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_holds_every_model_with_an_anchor_and_its_sources() {
        let d = dataset();
        for lang in [Lang::Ko, Lang::En] {
            let html = page(lang, folder(lang).replace("en/", "../").as_str());
            for m in d.models.iter() {
                assert!(
                    html.contains(&format!(r#"id="kllm-card-{}""#, m.id)),
                    "{} {lang:?}",
                    m.id
                );
            }
            // Every card open, with its numbered sources; no script at all.
            assert_eq!(
                html.matches(&format!(
                    r#"<details class="{}" open>"#,
                    crate::card::html::parts::DETAILS
                ))
                .count(),
                d.models.len()
            );
            assert!(!html.contains("<script"));
            assert!(html.contains(t(lang, Msg::BackToWidget)));
            // The gap view's tables, for readers without JavaScript.
            assert!(html.contains(r#"id="kllm-gap""#));
            // The headline's benchmark first, each under its setting and anchor.
            let mmlu = html.find(r#"id="kllm-gap-mmlu""#).expect("MMLU's tables");
            let kmmlu = html.find(r#"id="kllm-gap-kmmlu""#).expect("KMMLU's tables");
            assert!(mmlu < kmmlu);
            assert!(html.contains("kllm-chart__table--rests"));
        }
        let en = page(Lang::En, "../");
        assert!(
            en.contains(r#"<link rel="stylesheet" href="../kllm.css">"#),
            "{}",
            &en[..600]
        );
        assert!(en.contains(r#"href="../catalogue.html""#));
        assert!(page(Lang::Ko, "").contains(r#"href="en/catalogue.html""#));
    }
}
