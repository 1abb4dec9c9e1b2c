//! kllm-widget: an interactive news widget on Korea's large language models.
//!
//! Data flows one way: the embedded dataset (`data`) → pure logic → the view (`components`).
//! Everything outside `components` and the browser entry points is pure and tested natively.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod card_html;
pub mod chart;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod dataset;
pub mod export;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod options;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod search;
pub mod snippet;
pub mod state;
pub mod url_state;
pub mod view;

pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;

/// Logs a warning on the browser console (natively, on stderr): bad input never breaks the
/// host page, it is reported here and ignored.
pub fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::warn!(format!("kllm-widget: {message}"));
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("kllm-widget: {message}");
}

/// Mounts the widget into the page's `#kllm-root` element (the `index.html` page, also the
/// iframe embed), or into `<body>` when there is none. Options come from the query string
/// (`?lang=en&theme=dark`); the view lives in the URL fragment. When the build prerendered
/// the default view into `#kllm-root`, the app hydrates that HTML instead of replacing it.
/// Script-embed hosts: `embed`.
#[cfg(target_arch = "wasm32")]
pub fn mount_page() {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let (mut options, warnings) = options::Options::from_query(&search);
    for w in warnings {
        warn(&w);
    }
    options.sync_url = true;
    browser::default_lang_from_browser(&mut options);
    match gloo::utils::document().get_element_by_id("kllm-root") {
        Some(root) => {
            let hydrate = root.first_element_child().is_some();
            let props = components::AppProps { options, hydrate };
            let renderer = yew::Renderer::<components::App>::with_root_and_props(root, props);
            if hydrate {
                renderer.hydrate();
            } else {
                renderer.render();
            }
        }
        None => {
            let props = components::AppProps {
                options,
                hydrate: false,
            };
            yew::Renderer::<components::App>::with_props(props).render();
        }
    }
}
