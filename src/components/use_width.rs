//! A hook for the width an element really has: measured after mount and again whenever the
//! element resizes (window resize, host layout change, a hidden tab becoming visible).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The content width of `node` in px; `initial` until it has been measured, and kept while
/// the element is hidden (width 0).
#[hook]
pub fn use_width(node: &NodeRef, initial: f64) -> f64 {
    let width = use_state_eq(|| initial);
    {
        let (width, node) = (width.clone(), node.clone());
        use_effect_with((), move |_| {
            let el = node.cast::<Element>();
            let measure = move || {
                if let Some(w) = node.cast::<Element>().map(|el| el.client_width() as f64) {
                    if w > 0.0 {
                        width.set(w);
                    }
                }
            };
            measure();
            let measure = std::rc::Rc::new(measure);
            // Measured in a task of its own, not inside the observer's callback: the render a
            // new width starts resizes the observed element again, which inside the callback's
            // turn ends in a "ResizeObserver loop completed with undelivered notifications"
            // error on the host page (seen in Firefox when an auto-height iframe grows).
            let callback = Closure::<dyn FnMut()>::new(move || {
                let measure = measure.clone();
                gloo::timers::callback::Timeout::new(0, move || measure()).forget();
            });
            let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(el)) = (&observer, &el) {
                observer.observe(el);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(callback);
            }
        });
    }
    *width
}
