//! Server-side rendering of the widget (yew `ssr`, natively): the HTML a reader would get.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::components::App;
use kllm_widget::data::dataset;
use yew::LocalServerRenderer;

async fn render_app() -> String {
    LocalServerRenderer::<App>::new().render().await
}

#[tokio::test]
async fn renders_the_first_cards_whole_and_links_the_catalogue() {
    let html = render_app().await;
    let d = dataset();
    let korean: Vec<_> = (0..d.models.len())
        .filter(|&i| !d.models[i].reference)
        .collect();
    assert!(!korean.is_empty());
    // Every Korean model has its list item (the live list writes the card when it is shown);
    // the default view's first six are whole, with their facts and sources.
    for i in &korean {
        assert!(
            html.contains(&format!("data-m=\"{i}\"")),
            "no item for {}",
            d.models[*i].id
        );
    }
    assert_eq!(
        html.matches("<article ").count(),
        kllm_widget::state::CARD_LIMIT
    );
    // "Show all" is a link to the catalogue page, which has every card (the widget takes the
    // tap itself when it runs).
    let at = html.find("kllm-cards__more").expect("the show-all link");
    let link = &html[html[..at].rfind('<').unwrap()..];
    let link = &link[..link.find('>').unwrap()];
    assert!(link.starts_with("<a "), "{link}");
    assert!(link.contains(r#"href="catalogue.html""#), "{link}");
}

#[tokio::test]
async fn global_references_have_no_card_by_default_but_join_the_timeline() {
    use kllm_widget::components::AppProps;
    use kllm_widget::options::Options;
    let html = render_app().await;
    for m in dataset().models.iter().filter(|m| m.reference) {
        assert!(
            !html.contains(&format!("id=\"kllm-card-{}\"", m.id)),
            "{} has a card by default",
            m.id
        );
    }
    // The timeline sets the global releases beside the Korean ones.
    let props = AppProps {
        options: Options {
            view: Some("v=2&metric=time".into()),
            ..Options::default()
        },
        hydrate: false,
    };
    let html = LocalServerRenderer::<App>::with_props(props).render().await;
    // The newest global release is among the timeline's rows.
    let newest = dataset()
        .models
        .iter()
        .filter(|m| m.reference)
        .max_by_key(|m| m.release_date())
        .unwrap();
    let chart = &html[html.find("<svg").expect("a chart")..];
    assert!(
        chart.contains(newest.name.ko.as_ref()),
        "{} missing from the timeline",
        newest.id
    );
    assert!(html.contains("aria-pressed=\"false\""));
}

#[tokio::test]
async fn the_default_view_is_the_gap_view() {
    let html = render_app().await;
    assert!(html.contains("한국 모델은 얼마나 뒤처졌나"));
    assert!(html.contains(">32개월</text>"), "the bracket");
    assert!(
        html.contains("32개월(2년 8개월) 먼저 도달했습니다"),
        "the sentence"
    );
    // The view leads with the figure, large, and says between which two models.
    let lead = html
        .find("<p class=\"kllm-chart__gap-big\">32개월</p>")
        .expect("the large figure");
    let controls = html.find("kllm-chart__controls").expect("the view switch");
    assert!(lead < controls, "the figure comes before the controls");
    assert!(html.contains("<p class=\"kllm-chart__gap-between\">GPT-4(2023년 3월)부터 모티프 2 12.7B(2025년 11월)까지 · 2년 8개월</p>"));
    // What the figure rests on, on screen in the prerendered page.
    assert!(html.contains("하나씩 빼면: 모티프 2 12.7B 없이 20개월, GPT-4 없이 23개월."));
}

#[tokio::test]
async fn the_gap_view_renders_its_figures_bracket_and_tables() {
    use kllm_widget::components::AppProps;
    use kllm_widget::options::Options;
    let props = AppProps {
        options: Options {
            view: Some("metric=gap&lang=en".into()),
            ..Options::default()
        },
        hydrate: false,
    };
    let html = LocalServerRenderer::<App>::with_props(props).render().await;
    assert!(
        html.contains("How far behind are Korea&#x27;s models?")
            || html.contains("How far behind are Korea's models?"),
        "caption"
    );
    // The figure, the sentence, the bracket and the table say the same 32 months.
    assert!(
        html.contains("<p class=\"kllm-chart__gap-big\">32 months</p>"),
        "figure"
    );
    assert!(
        html.contains("first reached it 32 months (2 years 8 months) earlier"),
        "sentence"
    );
    assert!(html.contains(">32 months</text>"), "bracket");
    // …and what it rests on, in words.
    assert!(html
        .contains("Leaving one out: without Motif 2 12.7B, 20 months; without GPT-4, 23 months."));
    // The tables are written when the reader opens them; the page links the catalogue's.
    assert!(
        !html.contains("kllm-chart__table--gap"),
        "no table in the page"
    );
    assert!(
        html.contains(r#"<a href="en/catalogue.html#kllm-gap-mmlu">"#),
        "the tables elsewhere"
    );
    let catalogue = kllm_widget::catalogue::page(kllm_widget::settings::Lang::En, "");
    assert!(
        catalogue.contains("data-moment=\"now\">32 months</td>"),
        "table"
    );
    assert!(catalogue.contains(
        "<td>GPT-4 86.4 (Mar 2023)</td><td class=\"kllm-chart__cell-value\">23 months</td>"
    ));
    // The benchmark switch offers the benchmarks with a figure.
    for b in ["KMMLU", "HAE-RAE", "HAE-RAE (GK)", "MMLU"] {
        assert!(html.contains(&format!(">{b}</button>")), "{b}");
    }
}

#[tokio::test]
async fn carries_a_hidden_note_for_when_the_interactive_parts_fail() {
    use kllm_widget::i18n::{t, ui::Msg};
    use kllm_widget::settings::Lang;
    let html = render_app().await;
    let note = format!(
        "<p hidden=\"hidden\" class=\"kllm-failed-note\">{}</p>",
        t(Lang::Ko, Msg::NotWorking)
    );
    assert!(
        html.contains(&note),
        "no hidden note in the prerendered HTML"
    );
    // embed.js shows the same words on a host that has no snippet: they must not drift.
    let embed = include_str!("../static/embed.js");
    for lang in [Lang::Ko, Lang::En] {
        let words = t(lang, Msg::NotWorking);
        assert!(
            embed.contains(&format!("{}: '{words}'", lang.slug())),
            "embed.js lacks {words:?}"
        );
    }
}

#[tokio::test]
async fn the_correction_link_is_only_ever_a_build_time_address() {
    use kllm_widget::components::AppProps;
    use kllm_widget::options::{Options, CORRECTIONS};
    // What a page asked for that the build did not allow is not a link.
    let (options, warnings) = Options::from_query("?corrections=https%3A%2F%2Fany.site%2Fcorrect");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let html = LocalServerRenderer::<App>::with_props(AppProps {
        options,
        hydrate: false,
    })
    .render()
    .await;
    assert!(!html.contains("any.site"));
    match CORRECTIONS.split_whitespace().next() {
        Some(default) => assert!(html.contains(&format!("href=\"{default}\""))),
        // Built without KLLM_CORRECTIONS: no correction link at all (never a blank e-mail).
        None => assert!(!html.contains("mailto:")),
    }
}

#[tokio::test]
async fn the_footer_names_the_release_the_data_date_the_licence_and_how_to_cite() {
    use kllm_widget::components::AppProps;
    use kllm_widget::options::Options;
    use kllm_widget::settings::Lang;
    let release = format!("{}-2026-12-06", kllm_widget::release::VERSION);
    let rows = [
        (
            Lang::Ko,
            [
                "데이터 기준 2026년 12월 6일".to_string(),
                format!("릴리스 {release}"),
                "출처를 밝히면 ".into(),
                format!("인용: kllm-widget, 「한국의 거대언어모델, 어디까지 왔나」 데이터, 릴리스 {release}(데이터 기준 2026년 12월 6일), CC BY 4.0."),
            ],
        ),
        (
            Lang::En,
            [
                "Data as of 6 Dec 2026".to_string(),
                format!("Release {release}"),
                "may be reused freely with credit under ".into(),
                format!("Cite as: kllm-widget, “Korea's large language models: how far have they come?” data, release {release} (data as of 6 Dec 2026), CC BY 4.0."),
            ],
        ),
    ];
    for (lang, lines) in rows {
        let props = AppProps {
            options: Options {
                lang: Some(lang),
                ..Options::default()
            },
            hydrate: false,
        };
        let html = LocalServerRenderer::<App>::with_props(props).render().await;
        let footer = &html[html.find("<footer").expect("a footer")..];
        for line in &lines {
            assert!(
                footer.contains(line.as_str()),
                "{lang:?}: no {line:?} in the footer"
            );
        }
        assert!(
            footer.contains(
                r#"<a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener" target="_blank">CC BY 4.0</a>"#
            ),
            "{lang:?}: the licence link"
        );
    }
}
