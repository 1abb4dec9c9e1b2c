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
async fn global_references_are_off_by_default() {
    let html = render_app().await;
    for m in dataset().models.iter().filter(|m| m.reference) {
        assert!(
            !html.contains(&format!(">{}<", m.name.ko)),
            "{} shown by default",
            m.id
        );
    }
    assert!(html.contains("aria-pressed=\"false\""));
}
