//! Browser tests of the script embed (wasm-bindgen-test in headless Chromium): host elements
//! mounted through `kllm_widget::embed` into shadow roots, with the real stylesheet.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use kllm_widget::embed;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

mod support;
use support::sleep;

wasm_bindgen_test_configure!(run_in_browser);

/// The real stylesheet as a `data:` URL (the test runner does not serve static/).
fn css_href() -> String {
    let css = js_sys::encode_uri_component(include_str!("../static/kllm.css"));
    format!("data:text/css,{}", String::from(css))
}

fn add_host(attrs: &[(&str, &str)]) -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_attribute(embed::HOST_ATTR, "").unwrap();
    for (name, value) in attrs {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// The host's shadow root once the widget has rendered and its stylesheet has loaded.
async fn shadow(host: &Element) -> ShadowRoot {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if let Some(root) = host.shadow_root() {
            let ready = root
                .query_selector(".kllm-mount:not([hidden]) .kllm")
                .unwrap()
                .is_some();
            if ready {
                return root;
            }
        }
        sleep(20).await;
    }
    panic!("the widget did not render with its stylesheet");
}

/// The models in the view: list items not filtered out (the first ones carry their card).
fn cards(root: &ShadowRoot) -> u32 {
    root.query_selector_all("li.kllm-cards__item:not([hidden])")
        .unwrap()
        .length()
}

/// Opens the filter panel (its chips are written when it opens).
async fn open_filters(root: &ShadowRoot) {
    let toggle: HtmlElement = root
        .query_selector(".kllm-toolbar__filter")
        .unwrap()
        .expect("the filter button")
        .dyn_into()
        .unwrap();
    if toggle.get_attribute("aria-expanded").as_deref() != Some("true") {
        toggle.click();
        yew::scheduler::flush().await;
    }
}

fn button(root: &ShadowRoot, text: &str) -> HtmlElement {
    support::button_in(root.query_selector_all("button").unwrap(), text)
}

fn computed(root: &ShadowRoot, selector: &str, property: &str) -> String {
    let el = root.query_selector(selector).unwrap().expect(selector);
    gloo::utils::window()
        .get_computed_style(&el)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

#[wasm_bindgen_test]
async fn two_hosts_mount_two_independent_instances_once() {
    let (a, b) = (
        add_host(&[("data-lang", "ko")]),
        add_host(&[("data-lang", "ko")]),
    );
    assert!(embed::mount_host(&a, &css_href(), None).unwrap());
    assert!(embed::mount_host(&b, &css_href(), None).unwrap());
    let (ra, rb) = (shadow(&a).await, shadow(&b).await);
    let before = cards(&rb);
    assert_eq!(cards(&ra), before);

    open_filters(&ra).await;
    button(&ra, "글로벌 비교 모델 함께 보기").click();
    yew::scheduler::flush().await;
    assert!(
        cards(&ra) > before,
        "the clicked instance shows the references"
    );
    assert_eq!(cards(&rb), before, "the other instance did not move");

    // Mounting again mounts nothing: every host is mounted once.
    assert!(!embed::mount_host(&a, &css_href(), None).unwrap());
    assert_eq!(ra.query_selector_all(".kllm").unwrap().length(), 1);
    for host in [a, b] {
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn host_page_css_does_not_reach_the_widget() {
    let document = gloo::utils::document();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(
        "* { font-size: 40px !important; color: rgb(255, 0, 0) !important; \
         letter-spacing: 5px !important; line-height: 3 !important } \
         html { font-size: 50px !important } button { all: unset !important } \
         div { display: flex !important } :root { --kllm-rem: 60px; --kllm-bg: #f0f; }",
    ));
    document.head().unwrap().append_child(&style).unwrap();
    let host = add_host(&[("data-lang", "ko")]);
    embed::mount_host(&host, &css_href(), None).unwrap();
    let root = shadow(&host).await;
    open_filters(&root).await;

    assert_eq!(computed(&root, ".kllm", "font-size"), "16px");
    assert_eq!(computed(&root, ".kllm-card__title", "font-size"), "17px");
    assert_eq!(computed(&root, ".kllm", "letter-spacing"), "normal");
    assert_ne!(computed(&root, ".kllm", "color"), "rgb(255, 0, 0)");
    assert_eq!(
        computed(&root, ".kllm", "background-color"),
        "rgb(255, 255, 255)"
    );
    assert_eq!(computed(&root, ".kllm-chip", "min-height"), "44px");
    assert_eq!(computed(&root, ".kllm-cards", "display"), "grid");
    // The page places the host box (here a flex container, as it says about divs); the widget
    // fills it all the same.
    let width = |el: &Element| el.get_bounding_client_rect().width();
    let widget = root.query_selector(".kllm-mount").unwrap().unwrap();
    assert!(width(&host) > 300.0, "{}", width(&host));
    assert!(
        (width(&widget) - width(&host)).abs() < 5.0,
        "{} in {}",
        width(&widget),
        width(&host)
    );
    style.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn invalid_data_attributes_warn_and_fall_back_to_defaults() {
    // Record console.warn while mounting.
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = js_sys::Reflect::get(&console, &"warn".into()).unwrap();
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = {
        let seen = seen.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
            seen.borrow_mut().push(v.as_string().unwrap_or_default())
        })
    };
    js_sys::Reflect::set(&console, &"warn".into(), record.as_ref()).unwrap();

    let host = add_host(&[("data-lang", "fr"), ("data-theme", "sepia")]);
    let ok = add_host(&[("data-lang", "en"), ("data-theme", "dark")]);
    embed::mount_host(&host, &css_href(), None).unwrap();
    embed::mount_host(&ok, &css_href(), None).unwrap();
    js_sys::Reflect::set(&console, &"warn".into(), &original).unwrap();

    let warnings = seen.borrow().join("\n");
    assert!(warnings.contains("data-lang=\"fr\""), "{warnings}");
    assert!(warnings.contains("data-theme=\"sepia\""), "{warnings}");
    let root = shadow(&host).await;
    let widget = root.query_selector(".kllm").unwrap().unwrap();
    // An invalid language falls back to the browser's (Korean when it prefers neither).
    let languages = kllm_widget::browser::browser_languages();
    let fallback = kllm_widget::options::lang_from_browser(languages.iter().map(String::as_str))
        .unwrap_or(kllm_widget::settings::Lang::Ko);
    assert_eq!(
        widget.get_attribute("lang").as_deref(),
        Some(fallback.slug())
    );
    assert!(widget.class_list().contains("kllm--theme-auto"));

    let root = shadow(&ok).await;
    let widget = root.query_selector(".kllm").unwrap().unwrap();
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("en"));
    assert!(widget.class_list().contains("kllm--theme-dark"));
    host.remove();
    ok.remove();
}

#[wasm_bindgen_test]
async fn keys_typed_into_the_widget_stop_at_its_shadow_root() {
    let host = add_host(&[("data-lang", "en")]);
    embed::mount_host(&host, &css_href(), None).unwrap();
    let root = shadow(&host).await;
    // A page's keyboard shortcut: keydown on the document, bubbling.
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let listener = {
        let seen = seen.clone();
        gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |e| {
            let e: &web_sys::KeyboardEvent = e.unchecked_ref();
            seen.borrow_mut().push(e.key());
        })
    };
    let press = |target: &Element, key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_composed(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init);
        target.dispatch_event(&event.unwrap()).unwrap();
    };
    let search = root.query_selector("input[type=search]").unwrap().unwrap();
    press(&search, "s");
    press(&search, "/");
    assert!(seen.borrow().is_empty(), "{:?}", seen.borrow());
    // Keys on the widget's buttons are not typing: the page still sees them.
    let button: Element = button(&root, "한국어").into();
    press(&button, "?");
    assert_eq!(*seen.borrow(), ["?"]);
    drop(listener);
    host.remove();
}

#[wasm_bindgen(inline_js = "export async function sri(text) {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return 'sha384-' + btoa(String.fromCharCode(...new Uint8Array(digest)));
}")]
extern "C" {
    /// The Subresource-Integrity hash (`sha384-…`) of `text` as UTF-8, as a release writes it.
    async fn sri(text: &str) -> JsValue;
}

/// Counts the `kllm-failed` events that reach `host` (the loader listens there).
fn count_failures(host: &Element) -> (Rc<RefCell<u32>>, gloo::events::EventListener) {
    let count = Rc::new(RefCell::new(0));
    let listener = {
        let count = count.clone();
        gloo::events::EventListener::new(host, "kllm-failed", move |_| *count.borrow_mut() += 1)
    };
    (count, listener)
}

#[wasm_bindgen_test]
async fn a_pinned_stylesheet_with_its_own_hash_shows_the_widget() {
    let host = add_host(&[("data-lang", "ko")]);
    let (failures, _listener) = count_failures(&host);
    let hash = sri(include_str!("../static/kllm.css"))
        .await
        .as_string()
        .unwrap();
    embed::mount_host(&host, &css_href(), Some(&hash)).unwrap();
    let root = shadow(&host).await;
    let link = root.query_selector("link").unwrap().unwrap();
    assert_eq!(link.get_attribute("integrity"), Some(hash));
    assert_eq!(
        link.get_attribute("crossorigin").as_deref(),
        Some("anonymous")
    );
    assert_eq!(computed(&root, ".kllm-header__lang", "min-height"), "44px");
    assert_eq!(*failures.borrow(), 0);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_pinned_stylesheet_that_is_not_the_releases_is_refused_and_reported() {
    let host = add_host(&[("data-lang", "ko")]);
    let (failures, _listener) = count_failures(&host);
    // The hash of the stylesheet with one byte changed: the file served is not that one.
    let css = include_str!("../static/kllm.css").replacen("44px", "45px", 1);
    let hash = sri(&css).await.as_string().unwrap();
    embed::mount_host(&host, &css_href(), Some(&hash)).unwrap();
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if *failures.borrow() > 0 {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(*failures.borrow(), 1, "the loader is told once");
    let root = host.shadow_root().unwrap();
    let mount = root.query_selector(".kllm-mount").unwrap().unwrap();
    assert!(mount.has_attribute("hidden"), "no unstyled widget is shown");
    host.remove();
}
