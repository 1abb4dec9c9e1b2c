//! kllm-widget: an interactive news widget on Korea's large language models.
//!
//! Data flows one way: the embedded dataset (`data`) → pure logic → the view (`components`).
//! Everything outside `components` and the browser entry points is pure and tested natively.

pub mod chart;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod dataset;
pub mod filter;
pub mod format;
pub mod model;
pub mod search;
pub mod state;

pub mod components;

/// Mounts the widget into the page's `#kllm-root` element (the `index.html` page), or into
/// `<body>` when there is none.
#[cfg(target_arch = "wasm32")]
pub fn mount_page() {
    let document = gloo::utils::document();
    match document.get_element_by_id("kllm-root") {
        Some(root) => {
            yew::Renderer::<components::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::App>::new().render();
        }
    }
}
