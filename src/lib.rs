//! kllm-widget: an interactive news widget on Korea's large language models.
//!
//! Data flows one way: the embedded dataset (`data`) → pure logic → the view (`components`).
//! Everything outside `components` and the browser entry points is pure and tested natively.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod dataset;
pub mod export;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod model;
pub mod options;
pub mod search;
pub mod snippet;
pub mod state;
pub mod view;

pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;

/// Mounts the widget into the page's `#kllm-root` element (the `index.html` page, also the
/// iframe embed), or into `<body>` when there is none. Options come from the query string
/// (`?lang=en&theme=dark`); the view lives in the URL fragment. Script-embed hosts: `embed`.
#[cfg(target_arch = "wasm32")]
pub fn mount_page() {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let (mut options, warnings) = options::Options::from_query(&search);
    for w in warnings {
        gloo::console::warn!(format!("kllm-widget: {w}"));
    }
    options.sync_url = true;
    let props = components::AppProps { options };
    match gloo::utils::document().get_element_by_id("kllm-root") {
        Some(root) => {
            yew::Renderer::<components::App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<components::App>::with_props(props).render();
        }
    }
}
