//! Helpers shared by the browser tests (`mod support;` in each; not a test target itself).
#![allow(dead_code)] // each test file uses only some of them

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, NodeList};

/// Resolves after `ms` milliseconds (a browser timer).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The first of `buttons` whose text starts with `text`.
pub fn button_in(buttons: NodeList, text: &str) -> HtmlElement {
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .trim_start()
                .starts_with(text)
        })
        .unwrap_or_else(|| panic!("no button {text:?}"))
        .dyn_into()
        .unwrap()
}
