//! Brings the view to what the page asked for, and keeps it in the URL fragment on the
//! widget's own page: on mount (after hydration, which starts from the default view) it
//! applies the embedding options and the fragment; it follows `hashchange`; it writes the
//! fragment back when the reader changes the view.

use yew::prelude::*;

use crate::data::dataset;
use crate::state::{Action, WidgetState};
use crate::url_state::{decode_onto, encode};

/// The current fragment without `#`.
pub fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// The view a page asks for: the fragment read over `base` (warning about what it skipped).
pub fn requested(base: &WidgetState) -> WidgetState {
    let decoded = decode_onto(&current_fragment(), base.clone(), dataset());
    for w in &decoded.warnings {
        crate::console::warn(&format!("share link: {w}"));
    }
    decoded.state
}

/// Moves `state` to `target` when they differ.
fn apply(state: &UseReducerHandle<WidgetState>, target: WidgetState) {
    if **state != target {
        state.dispatch(Action::Restore(Box::new(target)));
    }
}

/// Replaces the fragment without adding a history entry (filters are not navigation).
fn write(fragment: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    };
    if let Ok(history) = window.history() {
        if let Err(e) = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        {
            crate::console::warn(&format!("cannot update the share link: {e:?}"));
        }
    }
}

/// Applies `base` (the options' view) and, when `sync_url`, the URL fragment on mount;
/// then follows and writes the fragment.
#[hook]
pub fn use_view_sync(state: UseReducerHandle<WidgetState>, base: WidgetState, sync_url: bool) {
    {
        let state = state.clone();
        use_effect_with((base, sync_url), move |(base, sync_url)| {
            let target = if *sync_url {
                requested(base)
            } else {
                base.clone()
            };
            apply(&state, target);
            let listener = sync_url.then(|| {
                let (state, base) = (state.clone(), base.clone());
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    apply(&state, requested(&base))
                })
            });
            move || drop(listener)
        });
    }
    // The fragment is written once the view has been still for a moment: a reader typing a
    // search makes one history update, not one per keystroke, and the update stays out of
    // the task that answers the keystroke.
    let fragment = encode(&state, dataset());
    use_effect_with(fragment, move |fragment| {
        let pending = (sync_url && *fragment != current_fragment()).then(|| {
            let fragment = fragment.clone();
            gloo::timers::callback::Timeout::new(WRITE_DELAY_MS, move || write(&fragment))
        });
        // A newer view (or unmounting) cancels the write that has not happened yet.
        move || drop(pending)
    });
}

/// How long the view must stay unchanged before the fragment follows it.
pub const WRITE_DELAY_MS: u32 = 150;
