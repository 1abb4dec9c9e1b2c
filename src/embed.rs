//! Host integration (browser only): the two entry points, one per loader.
//!
//! - `boot.js`, on the widget's own page (`index.html`, also the iframe embed), calls
//!   [`start_page`]: the app hydrates the prerendered `#kllm-root` (or renders into it when the
//!   HTML came from another build) and keeps the view in the page's URL fragment.
//! - `embed.js`, the script embed, calls [`start_embed`] for one host element
//!   (`<div data-kllm-widget>`) per WebAssembly instance: the app renders in an open shadow root
//!   with the stylesheet inside it, so host CSS and widget CSS cannot reach each other. It never
//!   looks for `#kllm-root` and never reads or writes the page's URL.
//!
//! In a release the loader hands [`start_embed`] the stylesheet's Subresource-Integrity hash:
//! the shadow root's `<link>` carries it, and a stylesheet that fails to load or is not the
//! release's file is reported as a failure (the `kllm-failed` event, below) instead of
//! revealing an unstyled widget. A development build passes no hash and checks nothing.
//!
//! A panic stops the instance it happens in (the release build aborts, and Yew's scheduler
//! stays flagged busy), which is why the script embed gives every host an instance of its own.
//! The panic hook marks the element the app was mounted into with `data-kllm-failed`: the
//! stylesheet then hides the controls that no longer work and shows the note saying so, and
//! the content stays readable.
//!
//! Iframe height reporting lives in `static/boot.js` (it must run before the wasm arrives).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use crate::components::{raw, App, AppProps};
use crate::console::warn;
use crate::options::Options;
use crate::settings::Lang;

/// Host elements are marked with this attribute (`<div data-kllm-widget></div>`).
pub const HOST_ATTR: &str = "data-kllm-widget";
/// Set on a host once it is taken (by embed.js, before the wasm has started), so no host is
/// mounted twice.
pub const MOUNTED_ATTR: &str = "data-kllm-mounted";
/// Set on the element an app was mounted into when its instance has stopped (a panic).
pub const FAILED_ATTR: &str = "data-kllm-failed";
/// The build id the prerenderer writes on `#kllm-root` (see [`crate::build_id::BUILD_ID`]).
pub const BUILD_ATTR: &str = "data-kllm-build";

thread_local! {
    /// Every element an app of this instance was mounted into, for the panic hook.
    static MOUNTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Entry point of the widget's own page (`boot.js` calls it as `startPage`, see `main.rs`).
/// `policy` is the loader's Trusted Types policy, or `undefined`.
pub fn start_page(policy: JsValue) -> Result<(), JsValue> {
    prepare(policy);
    mount_page()
}

/// Entry point of the script embed (`embed.js` calls it as `startEmbed`, see `main.rs`):
/// mounts the widget into `host`. `css_integrity` is the release's hash of `kllm.css`
/// (`sha384-…`), or `None` in a development build.
pub fn start_embed(
    host: Element,
    policy: JsValue,
    css_integrity: Option<String>,
) -> Result<(), JsValue> {
    prepare(policy);
    let href = crate::browser::asset_url("kllm.css");
    mount_host(&host, &href, css_integrity.as_deref()).map(|_| ())
}

fn prepare(policy: JsValue) {
    raw::set_policy(policy);
    // Yew's renderer installs its own hook unless one is set through it.
    yew::set_custom_panic_hook(Box::new(|info| {
        // The payload when it is text (Yew's messages say what it expected); no formatting
        // machinery, which would cost wasm bytes for a message nobody reads but a developer.
        let what = info.payload_as_str().unwrap_or("a panic");
        web_sys::console::error_1(&["kllm-widget stopped: ", what].concat().into());
        MOUNTS.with(|m| {
            for el in m.borrow().iter() {
                let _ = el.set_attribute(FAILED_ATTR, "");
                let _ = el.remove_attribute("hidden");
                tell_loader(el);
            }
        });
    }));
}

/// Tells the loader that the widget mounted at `el` cannot go on: a `kllm-failed` event, which
/// bubbles out of the shadow root to the host, where embed.js listens.
fn tell_loader(el: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("kllm-failed", &init) {
        let _ = el.dispatch_event(&event);
    }
}

fn mounted(el: &Element) {
    MOUNTS.with(|m| m.borrow_mut().push(el.clone()));
}

/// Mounts the app into the page's `#kllm-root` (or `<body>` when there is none). Options come
/// from the query string (`?lang=en&theme=dark`); the view lives in the URL fragment. When the
/// root holds the prerendered default view of this very build (its `data-kllm-build` is
/// [`crate::build_id::BUILD_ID`]), the app hydrates that HTML; HTML from another build (an old cached
/// page next to a new wasm) is replaced by a fresh render, since hydrating it would fail.
pub fn mount_page() -> Result<(), JsValue> {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let (mut options, warnings) = Options::from_query(&search);
    for w in warnings {
        warn(&w);
    }
    options.sync_url = true;
    let document = gloo::utils::document();
    let root = match document.get_element_by_id("kllm-root") {
        Some(root) => root,
        None => document
            .body()
            .ok_or_else(|| JsValue::from_str("the page has no body"))?
            .into(),
    };
    let prerendered = root.id() == "kllm-root" && root.first_element_child().is_some();
    // A prerendered page is in its own language (index.html Korean, en/index.html English)
    // and stays in it: switching to the browser's language after the first paint moved the
    // whole widget. `?lang=` still asks for the other (boot.js sends it to that page first).
    options.page = root
        .get_attribute(crate::build_id::PAGE_LANG_ATTR)
        .and_then(|l| Lang::from_slug(&l));
    if options.lang.is_none() {
        options.lang = options.page;
    }
    if !prerendered {
        crate::browser::default_lang_from_browser(&mut options);
    }
    let build = root.get_attribute(BUILD_ATTR);
    let hydrate = prerendered && build.as_deref() == Some(crate::build_id::BUILD_ID);
    if prerendered && !hydrate {
        warn(
            &[
                "the page's HTML comes from another build (",
                build.as_deref().unwrap_or("no build id"),
                "; this is ",
                crate::build_id::BUILD_ID,
                "): rendering it afresh",
            ]
            .concat(),
        );
        root.replace_children_with_node_0();
    }
    mounted(&root);
    let renderer = yew::Renderer::<App>::with_root_and_props(root, AppProps { options, hydrate });
    if hydrate {
        raw::hydrating();
        renderer.hydrate();
    } else {
        renderer.render();
    }
    Ok(())
}

/// Options from a host's `data-*` attributes (`data-lang="en"`, `data-kllm-theme="dark"`),
/// and a warning for each attribute that was ignored.
pub fn host_options(host: &Element) -> (Options, Vec<String>) {
    let attrs = host.attributes();
    let pairs: Vec<(String, String)> = (0..attrs.length())
        .filter_map(|i| attrs.item(i))
        .map(|a| (a.name(), a.value()))
        .filter(|(name, _)| {
            name.starts_with("data-")
                && ![
                    MOUNTED_ATTR,
                    FAILED_ATTR,
                    BUILD_ATTR,
                    crate::build_id::PAGE_LANG_ATTR,
                ]
                .contains(&name.as_str())
        })
        .collect();
    let (mut options, warnings) =
        Options::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    // The host page owns its URL: a script embed never reads or writes it, and its share link
    // opens the widget's own page, next to the script.
    options.sync_url = false;
    options.share_page = Some(crate::browser::asset_url("index.html"));
    crate::browser::default_lang_from_browser(&mut options);
    // Relative links (the data files) must point at the widget's folder, not the host page's.
    options.asset_base = Some(crate::browser::asset_url("./"));
    (options, warnings)
}

/// Mounts the widget into `host` inside a new open shadow root that links the stylesheet at
/// `css_href`, pinned to `css_integrity` (a Subresource-Integrity hash) when one is given.
/// Returns `Ok(false)` when the host has a shadow root already (mounted before).
pub fn mount_host(
    host: &Element,
    css_href: &str,
    css_integrity: Option<&str>,
) -> Result<bool, JsValue> {
    if host.shadow_root().is_some() {
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
    if let Some(hash) = css_integrity {
        link.set_attribute("integrity", hash)?;
        // A hash is only checked on a CORS request (the widget's folder may be a CDN's).
        link.set_attribute("crossorigin", "anonymous")?;
    }
    link.set_attribute("href", css_href)?;
    // Hidden until the stylesheet is in (no flash of an unstyled widget).
    let mount = document.create_element("div")?;
    mount.set_attribute("class", "kllm-mount")?;
    mount.set_attribute("hidden", "")?;
    let reveal = {
        let mount = mount.clone();
        move || {
            let _ = mount.remove_attribute("hidden");
        }
    };
    if css_integrity.is_some() {
        // A release's stylesheet that did not load, or is not the release's file: the widget
        // does not start unstyled; the loader shows the host's content and the note instead.
        // Refused, it fires `error` — or, in Firefox, when a second host links the same
        // refused file, `load` with an empty sheet: judged by its rules, as boot.js does.
        let what = [
            "kllm-widget: ",
            css_href,
            " did not load or is not the release's file (integrity)",
        ]
        .concat();
        let refused = {
            let mount = mount.clone();
            move || {
                web_sys::console::error_1(&what.as_str().into());
                tell_loader(&mount);
            }
        };
        let judge = {
            let link = link.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                if e.type_() == "load" && has_rules(&link) {
                    reveal();
                } else {
                    refused();
                }
            })
            .into_js_value()
        };
        link.add_event_listener_with_callback("load", judge.unchecked_ref())?;
        link.add_event_listener_with_callback("error", judge.unchecked_ref())?;
    } else {
        // A development build shows the widget unstyled rather than not at all.
        let reveal = Closure::<dyn FnMut()>::new(reveal).into_js_value();
        link.add_event_listener_with_callback("load", reveal.unchecked_ref())?;
        link.add_event_listener_with_callback("error", reveal.unchecked_ref())?;
    }
    shadow.append_child(&link)?;
    shadow.append_child(&mount)?;
    keep_keys_inside(&shadow);

    mounted(&mount);
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

/// Whether the stylesheet `link` loaded has rules: one refused by its integrity has no sheet
/// or, in Firefox, an empty one; a cross-origin one read without CORS throws (no rules).
fn has_rules(link: &Element) -> bool {
    let get = |o: &JsValue, key: &str| js_sys::Reflect::get(o, &JsValue::from_str(key)).ok();
    get(link, "sheet")
        .filter(|sheet| sheet.is_object())
        .and_then(|sheet| get(&sheet, "cssRules"))
        .filter(|rules| rules.is_object())
        .and_then(|rules| get(&rules, "length"))
        .and_then(|n| n.as_f64())
        .is_some_and(|n| n > 0.0)
}

/// Key events typed into the widget's fields end at its shadow root: the host page's
/// keyboard shortcuts (listeners on the document or the host, bubbling) must not fire while a
/// reader types a search. Keys pressed on the widget's buttons still reach the page.
fn keep_keys_inside(shadow: &web_sys::ShadowRoot) {
    for kind in ["keydown", "keypress", "keyup"] {
        gloo::events::EventListener::new(shadow, kind, |event| {
            let editable = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || el.is_content_editable()
                });
            if editable {
                event.stop_propagation();
            }
        })
        // The listener lives as long as the shadow root.
        .forget();
    }
}
