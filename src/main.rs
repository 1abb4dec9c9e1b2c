//! The wasm binary trunk builds. It starts nothing by itself: it exports the two entry points
//! the loaders call, so the page and the script embed each run only their own start-up
//! (`embed::start_page` for boot.js, `embed::start_embed` for embed.js).

#[cfg(target_arch = "wasm32")]
mod entry {
    use wasm_bindgen::prelude::*;

    /// The widget's own page: mount or hydrate `#kllm-root`.
    #[wasm_bindgen(js_name = startPage)]
    pub fn start_page(policy: JsValue) -> Result<(), JsValue> {
        kllm_widget::embed::start_page(policy)
    }

    /// A script-embed host: the widget in a shadow root of `host`; `css_integrity` is the
    /// release's hash of its stylesheet (undefined in a development build).
    #[wasm_bindgen(js_name = startEmbed)]
    pub fn start_embed(
        host: web_sys::Element,
        policy: JsValue,
        css_integrity: Option<String>,
    ) -> Result<(), JsValue> {
        kllm_widget::embed::start_embed(host, policy, css_integrity)
    }
}

fn main() {}
