//! Keeps the view in the page's URL fragment (the widget's own page only): restores it when
//! the page opens or the fragment changes, writes it when the reader changes the view.

use yew::prelude::*;

use crate::data::dataset;
use crate::state::{Action, WidgetState};
use crate::url_state::{decode, encode};

/// The current fragment without `#`.
fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// Reads the fragment into the state (warning about what it had to skip).
fn restore(state: &UseReducerHandle<WidgetState>) {
    let fragment = current_fragment();
    if fragment.is_empty() || fragment == encode(state, dataset()) {
        return;
    }
    let decoded = decode(&fragment, dataset());
    for w in &decoded.warnings {
        crate::warn(&format!("share link: {w}"));
    }
    state.dispatch(Action::Restore(Box::new(decoded.state)));
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
            crate::warn(&format!("cannot update the share link: {e:?}"));
        }
    }
}

/// Syncs `state` with the URL fragment when `enabled`.
#[hook]
pub fn use_url_sync(state: UseReducerHandle<WidgetState>, enabled: bool) {
    {
        let state = state.clone();
        use_effect_with(enabled, move |&enabled| {
            let listener = enabled.then(|| {
                restore(&state);
                let state = state.clone();
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    restore(&state)
                })
            });
            move || drop(listener)
        });
    }
    let fragment = encode(&state, dataset());
    use_effect_with(fragment, move |fragment| {
        if enabled && *fragment != current_fragment() {
            write(fragment);
        }
    });
}
