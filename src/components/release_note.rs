//! Tells a reader who opened a shared link into an older release that a newer one exists,
//! and links the same view there; the old view stays as it is. Only on the widget's own page
//! (a script embed never reads the page's URL), only for a link that names its release (`r`),
//! and only when the widget is served from its release folder: then it reads the release
//! index beside that folder (`../releases.json`, written by `./dev release`). Any other page
//! makes no request.

use yew::prelude::*;

use crate::i18n::{t, ui, Msg};
use crate::settings::Lang;

#[derive(Properties, PartialEq)]
pub struct ReleaseNoteProps {
    pub lang: Lang,
    /// The widget reads the page's URL (its own page, not a script embed).
    pub sync_url: bool,
    /// The current view as a share-link fragment (without `#`), for the link to the newer
    /// release.
    pub fragment: AttrValue,
    /// The release the page's link names (`r`), read with the rest of the link at start.
    pub linked: Option<AttrValue>,
}

/// The newest release the index beside this release's folder names, when it is newer than
/// this one and the page was opened from a link that names its release.
#[cfg(target_arch = "wasm32")]
async fn newer_release(mine: String) -> Option<String> {
    use crate::release::{in_release_folder, is_newer, INDEX};
    if !in_release_folder(&crate::browser::asset_url("./"), &mine) {
        return None;
    }
    let url = crate::browser::asset_url(&format!("../{INDEX}"));
    let text = match crate::browser::fetch_text(&url).await {
        Ok(text) => text,
        Err(e) => {
            crate::console::warn(&format!("release index {url}: {e:?}"));
            return None;
        }
    };
    // The browser's own JSON parser: no JSON code in the wasm for one field.
    let index = js_sys::JSON::parse(&text).ok()?;
    let latest = js_sys::Reflect::get(&index, &"latest".into())
        .ok()?
        .as_string()?;
    is_newer(&latest, &mine).then_some(latest)
}

#[component]
pub fn ReleaseNote(props: &ReleaseNoteProps) -> Html {
    let lang = props.lang;
    let mine = crate::release::name(crate::data::dataset().as_of);
    let newer = use_state(|| None::<String>);
    {
        let (newer, mine) = (newer.clone(), mine.clone());
        // Only a link that names its release asks the index (one request, once).
        let asks = props.sync_url && props.linked.is_some();
        use_effect_with(asks, move |&sync_url| {
            #[cfg(target_arch = "wasm32")]
            if sync_url {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(latest) = newer_release(mine).await {
                        newer.set(Some(latest));
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (sync_url, newer, mine);
        });
    }
    let Some(latest) = (*newer).clone() else {
        return Html::default();
    };
    #[cfg(target_arch = "wasm32")]
    let folder = crate::browser::asset_url(&format!("../{latest}/"));
    #[cfg(not(target_arch = "wasm32"))]
    let folder = format!("../{latest}/");
    let href = format!(
        "{folder}#{}",
        crate::url_state::with_release(&props.fragment, &latest)
    );
    html! {
        <p class="kllm-release-note" role="status">
            { ui::newer_release(lang, &mine, &latest) }{ " " }
            <a {href}>{ t(lang, Msg::OpenNewer) }</a>
        </p>
    }
}
