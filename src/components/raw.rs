//! HTML written by Rust (cards, the chart drawing, the chart table) inside an element Yew owns,
//! without handing Yew a string to parse at run time.
//!
//! Yew writes a raw node (`Html::from_html_unchecked`) by setting `innerHTML` to a plain
//! string, which a page enforcing Trusted Types (`require-trusted-types-for 'script'`) refuses
//! with an exception. Hydrating a raw node sets nothing: it adopts the prerendered nodes. So a
//! raw node is used only while the content is the one the page came with; any other content is
//! written by [`set_html`] into the container element, through the widget's Trusted Types policy
//! (named [`POLICY_NAME`], created by the loader) when the page has one. Yew then owns the
//! container and nothing inside it.

#[cfg(target_arch = "wasm32")]
use std::cell::{Cell, RefCell};

use yew::prelude::*;

/// The Trusted Types policy name a host's CSP must allow (`trusted-types kllm-widget`).
pub const POLICY_NAME: &str = "kllm-widget";

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Set while the page hydrates prerendered HTML: raw nodes rendered then adopt the nodes
    /// already in the page. Cleared by the first raw node's effect (effects run after the
    /// whole hydration pass).
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    /// The loader's Trusted Types policy (`trustedTypes.createPolicy(POLICY_NAME, …)`), if any.
    static POLICY: RefCell<Option<wasm_bindgen::JsValue>> = const { RefCell::new(None) };
}

/// Marks the start of a hydration pass (the page's `mount_page`).
#[cfg(target_arch = "wasm32")]
pub fn hydrating() {
    HYDRATING.with(|h| h.set(true));
}

/// Keeps the loader's Trusted Types policy; `undefined` or `null` when there is none.
#[cfg(target_arch = "wasm32")]
pub fn set_policy(policy: wasm_bindgen::JsValue) {
    let policy = (!policy.is_undefined() && !policy.is_null()).then_some(policy);
    POLICY.with(|p| *p.borrow_mut() = policy);
}

/// Replaces the children of `el` with `markup` (HTML written by this crate's escaping writers),
/// as a `TrustedHTML` made by the widget's policy when there is one.
#[cfg(target_arch = "wasm32")]
pub fn set_html(el: &web_sys::Element, markup: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let trusted = POLICY.with(|p| {
        let policy = p.borrow().clone()?;
        let create: js_sys::Function = js_sys::Reflect::get(&policy, &"createHTML".into())
            .ok()?
            .dyn_into()
            .ok()?;
        create.call1(&policy, &JsValue::from_str(markup)).ok()
    });
    let value = trusted.unwrap_or_else(|| JsValue::from_str(markup));
    if js_sys::Reflect::set(el, &"innerHTML".into(), &value).is_err() {
        crate::console::warn(
            "cannot write the widget's HTML: the page must allow the Trusted Types policy kllm-widget",
        );
    }
}

/// Natively (server-side rendering) no effect runs, so nothing is ever written.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_html(_el: &web_sys::Element, _markup: &str) {}

/// The children of the element `container` refers to: `markup`, rendered on the server, adopted
/// when hydrating, and otherwise written by an effect (see the module comment). Call it before
/// any effect of the same component that reads the children.
#[hook]
pub fn use_raw_html(container: &NodeRef, markup: AttrValue) -> Html {
    #[cfg(target_arch = "wasm32")]
    {
        // The markup the page came with, while it is still the one shown.
        let adopted = use_mut_ref(|| HYDRATING.with(Cell::get).then(|| markup.clone()));
        let keep = {
            let mut adopted = adopted.borrow_mut();
            let same = adopted.as_ref() == Some(&markup);
            if !same {
                *adopted = None;
            }
            same
        };
        let container = container.clone();
        use_effect_with(markup.clone(), move |markup| {
            HYDRATING.with(|h| h.set(false));
            if adopted.borrow().is_none() {
                if let Some(el) = container.cast::<web_sys::Element>() {
                    set_html(&el, markup);
                }
            }
        });
        if keep {
            Html::from_html_unchecked(markup)
        } else {
            Html::default()
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Server rendering (the prerendered page, tests): the markup itself.
        let _ = container;
        Html::from_html_unchecked(markup)
    }
}
