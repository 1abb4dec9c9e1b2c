//! Brings the view to what the page asked for, and keeps it in the URL fragment on the
//! widget's own page: on mount (after hydration, which starts from the default view) it
//! applies the embedding options and the fragment; it follows `hashchange`; it writes the
//! fragment back when the reader changes the view.

use yew::prelude::*;

use crate::data::dataset;
use crate::state::{Action, WidgetState};
use crate::url_state::{decode_onto, Decoded};

/// The current fragment without `#`.
pub fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// The page's link read over `base` (warning about what it skipped): the view it asks for
/// and the release it names.
pub fn requested(base: &WidgetState) -> Decoded {
    let decoded = decode_onto(&current_fragment(), base.clone(), dataset());
    for w in &decoded.warnings {
        crate::console::warn(&format!("share link: {w}"));
    }
    decoded
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

/// Moves the view to `target` on mount (the view the page asked for, read once by the root:
/// after hydration the view starts as prerendered); when `sync_url`, follows `hashchange`
/// (over `base`, the options' view) and writes `fragment` (the current view, encoded once
/// by the root) back to the URL.
#[hook]
pub fn use_view_sync(
    state: UseReducerHandle<WidgetState>,
    target: WidgetState,
    base: WidgetState,
    sync_url: bool,
    fragment: AttrValue,
) {
    {
        let state = state.clone();
        use_effect_with((target, base, sync_url), move |(target, base, sync_url)| {
            apply(&state, target.clone());
            let listener = sync_url.then(|| {
                let (state, base) = (state.clone(), base.clone());
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    apply(&state, requested(&base).state)
                })
            });
            move || drop(listener)
        });
    }
    // The fragment is written once the view has been still for a moment: a reader typing a
    // search makes one history update, not one per keystroke, and the update stays out of
    // the task that answers the keystroke.
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
