//! Host integration (browser only): where the widget mounts. On the widget's own page
//! (`index.html`, also the iframe embed) it mounts into `#kllm-root`; on any page it mounts
//! every `[data-kllm-widget]` host element, now and whenever one is added later, each once, in
//! its own open shadow root with the stylesheet inside it, so host CSS and widget CSS cannot
//! reach each other. Each host gets its own `App` (its own reducer): instances are independent.
//!
//! Iframe height reporting lives in `static/boot.js` (it must run before the wasm arrives).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, MutationObserver, MutationObserverInit, MutationRecord, ShadowRootInit,
    ShadowRootMode,
};

use crate::components::{App, AppProps};
use crate::options::Options;

/// Host elements are marked with this attribute (`<div data-kllm-widget></div>`).
pub const HOST_ATTR: &str = "data-kllm-widget";
/// Set on a host when it is mounted, so no host is mounted twice (hosts added later, or a
/// second copy of the loader under another URL).
pub const MOUNTED_ATTR: &str = "data-kllm-mounted";
const PENDING: &str = "[data-kllm-widget]:not([data-kllm-mounted])";

/// Starts the widget on the current page: `#kllm-root` if the page has one, then every host
/// element, then a watch for hosts added later.
pub fn start() {
    let document = gloo::utils::document();
    if document.get_element_by_id("kllm-root").is_some() {
        mount_page();
    }
    let css = crate::browser::asset_url("kllm.css");
    mount_pending(&document, &css);
    if let Err(e) = watch(&document, css) {
        warn(&format!("cannot watch for hosts added later: {e:?}"));
    }
}

use crate::console::warn;

/// Mounts every host element not mounted yet; returns how many it mounted.
pub fn mount_pending(document: &Document, css_href: &str) -> usize {
    let Ok(list) = document.query_selector_all(PENDING) else {
        return 0;
    };
    let hosts: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    hosts
        .iter()
        .filter(|host| match mount_host(host, css_href) {
            Ok(mounted) => mounted,
            Err(e) => {
                warn(&format!("cannot mount into a host element: {e:?}"));
                false
            }
        })
        .count()
}

/// Options from a host's `data-*` attributes (`data-lang="en"`, `data-kllm-theme="dark"`),
/// and a warning for each attribute that was ignored.
pub fn host_options(host: &Element) -> (Options, Vec<String>) {
    let attrs = host.attributes();
    let pairs: Vec<(String, String)> = (0..attrs.length())
        .filter_map(|i| attrs.item(i))
        .map(|a| (a.name(), a.value()))
        .filter(|(name, _)| name.starts_with("data-") && name != MOUNTED_ATTR)
        .collect();
    let (mut options, warnings) =
        Options::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    // The host page owns its URL: a script embed never reads or writes it.
    options.sync_url = false;
    crate::browser::default_lang_from_browser(&mut options);
    // Relative links (the data files) must point at the widget's folder, not the host page's.
    options.asset_base = Some(crate::browser::asset_url("./"));
    (options, warnings)
}

/// Mounts the widget into `host` inside a new open shadow root that links the stylesheet at
/// `css_href`. Returns `Ok(false)` when the host was already mounted.
pub fn mount_host(host: &Element, css_href: &str) -> Result<bool, JsValue> {
    if host.has_attribute(MOUNTED_ATTR) {
        return Ok(false);
    }
    host.set_attribute(MOUNTED_ATTR, "")?;
    let (options, warnings) = host_options(host);
    for w in warnings {
        warn(&w);
    }
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host has no document"))?;

    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", css_href)?;
    // Hidden until the stylesheet is in (no flash of an unstyled widget); shown on error too.
    let mount = document.create_element("div")?;
    mount.set_attribute("class", "kllm-mount")?;
    mount.set_attribute("hidden", "")?;
    let reveal = {
        let mount = mount.clone();
        Closure::<dyn FnMut()>::new(move || {
            let _ = mount.remove_attribute("hidden");
        })
        .into_js_value()
    };
    link.add_event_listener_with_callback("load", reveal.unchecked_ref())?;
    link.add_event_listener_with_callback("error", reveal.unchecked_ref())?;
    shadow.append_child(&link)?;
    shadow.append_child(&mount)?;

    yew::Renderer::<App>::with_root_and_props(
        mount,
        AppProps {
            options,
            hydrate: false,
        },
    )
    .render();
    Ok(true)
}

/// Mounts hosts added to the page later (single-page apps, lazy article bodies).
fn watch(document: &Document, css_href: String) -> Result<(), JsValue> {
    let doc = document.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
        // Only an added element can be, or hold, a new host. The widget's own updates add
        // nodes all the time, so look inside what was added rather than across the page.
        let host_added = records.iter().any(|record| {
            let nodes = record.unchecked_into::<MutationRecord>().added_nodes();
            (0..nodes.length()).any(|i| {
                nodes
                    .item(i)
                    .and_then(|n| n.dyn_into::<Element>().ok())
                    .is_some_and(|el| {
                        el.matches(PENDING).unwrap_or(false)
                            || el.query_selector(PENDING).ok().flatten().is_some()
                    })
            })
        });
        if host_added {
            mount_pending(&doc, &css_href);
        }
    });
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref())?;
    // The observer lives as long as the page; its callback must too.
    callback.forget();
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    let target = document
        .document_element()
        .ok_or_else(|| JsValue::from_str("no document element"))?;
    observer.observe_with_options(&target, &init)
}

/// Mounts the widget into the page's `#kllm-root` element (the `index.html` page, also the
/// iframe embed), or into `<body>` when there is none. Options come from the query string
/// (`?lang=en&theme=dark`); the view lives in the URL fragment. When the build prerendered
/// the default view into `#kllm-root`, the app hydrates that HTML instead of replacing it.
/// Script-embed hosts: [`mount_pending`].
pub fn mount_page() {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let (mut options, warnings) = crate::options::Options::from_query(&search);
    for w in warnings {
        warn(&w);
    }
    options.sync_url = true;
    crate::browser::default_lang_from_browser(&mut options);
    match gloo::utils::document().get_element_by_id("kllm-root") {
        Some(root) => {
            let hydrate = root.first_element_child().is_some();
            let props = crate::components::AppProps { options, hydrate };
            let renderer =
                yew::Renderer::<crate::components::App>::with_root_and_props(root, props);
            if hydrate {
                renderer.hydrate();
            } else {
                renderer.render();
            }
        }
        None => {
            let props = crate::components::AppProps {
                options,
                hydrate: false,
            };
            yew::Renderer::<crate::components::App>::with_props(props).render();
        }
    }
}
