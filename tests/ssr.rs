//! Server-side rendering of the widget (yew `ssr`, natively): the HTML a reader would get.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::components::App;
use kllm_widget::data::dataset;
use yew::LocalServerRenderer;

async fn render_app() -> String {
    LocalServerRenderer::<App>::new().render().await
}

#[tokio::test]
async fn renders_a_card_for_every_korean_model() {
    let html = render_app().await;
    let korean: Vec<_> = dataset().models.iter().filter(|m| !m.reference).collect();
    assert!(!korean.is_empty());
    for m in &korean {
        assert!(
            html.contains(m.name.ko.as_ref()),
            "missing card for {}",
            m.id
        );
    }
    assert_eq!(html.matches("<article ").count(), korean.len());
}

#[tokio::test]
async fn global_references_have_no_card_by_default_but_join_the_timeline() {
    let html = render_app().await;
    for m in dataset().models.iter().filter(|m| m.reference) {
        assert!(
            !html.contains(&format!("id=\"kllm-card-{}\"", m.id)),
            "{} has a card by default",
            m.id
        );
    }
    // The timeline sets the global releases beside the Korean ones.
    let gpt4 = &dataset().model(dataset().find("gpt-4").unwrap()).name.ko;
    let chart = &html[html.find("<svg").expect("a chart")..];
    assert!(
        chart.contains(gpt4.as_ref()),
        "GPT-4 missing from the timeline"
    );
    assert!(html.contains("aria-pressed=\"false\""));
}

#[tokio::test]
async fn the_footer_names_the_release_the_data_date_the_licence_and_how_to_cite() {
    use kllm_widget::components::AppProps;
    use kllm_widget::options::Options;
    use kllm_widget::settings::Lang;
    let release = format!("{}-2026-11-30", kllm_widget::release::VERSION);
    let rows = [
        (
            Lang::Ko,
            [
                "데이터 기준 2026년 11월 30일".to_string(),
                format!("릴리스 {release}"),
                "출처를 밝히면 ".into(),
                format!("인용: kllm-widget, 「한국의 거대언어모델, 어디까지 왔나」 데이터, 릴리스 {release}(데이터 기준 2026년 11월 30일), CC BY 4.0."),
            ],
        ),
        (
            Lang::En,
            [
                "Data as of 30 Nov 2026".to_string(),
                format!("Release {release}"),
                "may be reused freely with credit under ".into(),
                format!("Cite as: kllm-widget, “Korea's large language models: how far have they come?” data, release {release} (data as of 30 Nov 2026), CC BY 4.0."),
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
