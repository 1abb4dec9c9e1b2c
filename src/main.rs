//! The wasm entry point, for `index.html` (boot.js) and the script embed (embed.js) alike:
//! mounts the widget wherever the page asks for it. All logic lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    kllm_widget::embed::start();
}
