//! A hook for "copy" buttons next to a text field: copies `text` to the clipboard, or selects
//! the field for copying by hand (`browser::copy_text`), and remembers which happened.

use yew::prelude::*;

/// The click handler for the copy button and its outcome: `None` before the first click,
/// `Some(true)` when the text is on the clipboard, `Some(false)` when the field was selected
/// for the reader to copy.
#[hook]
pub fn use_copy(field: &NodeRef, text: AttrValue) -> (Callback<MouseEvent>, Option<bool>) {
    let outcome = use_state(|| None::<bool>);
    let onclick = {
        let (field, outcome) = (field.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = field.cast::<web_sys::HtmlElement>() {
                let (outcome, text) = (outcome.clone(), text.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    outcome.set(Some(crate::browser::copy_text(&text, &el).await));
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&field, &outcome, &text);
        })
    };
    (onclick, *outcome)
}
