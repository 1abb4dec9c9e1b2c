//! Browser tests (wasm-bindgen-test in headless Chromium): mount the widget into a real DOM,
//! click, and read what a reader would see.
#![cfg(target_arch = "wasm32")]

use kllm_widget::components::App;
use kllm_widget::data::dataset;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element with the widget rendered into it.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    host
}

fn cards(host: &Element) -> u32 {
    host.query_selector_all("article.kllm-card")
        .unwrap()
        .length()
}

#[wasm_bindgen_test]
async fn shows_every_korean_model_then_adds_references_on_click() {
    let host = mount().await;
    let korean = dataset().models.iter().filter(|m| !m.reference).count() as u32;
    let all = dataset().models.len() as u32;
    assert_eq!(cards(&host), korean);

    let chip: HtmlElement = host
        .query_selector("button.kllm-chip")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("false"));
    chip.click();
    yew::scheduler::flush().await;
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(cards(&host), all);
    let status = host
        .query_selector("[role=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(status.contains(&all.to_string()), "status reads {status:?}");
}
