//! Small browser helpers used by components (downloads). Everything here fails softly with a
//! console warning: nothing the widget does may break the host page.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) {
    let blob = {
        let parts = js_sys::Array::of1(&content.into());
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        Blob::new_with_str_sequence_and_options(&parts, &options)
    };
    if let Err(e) = blob.and_then(|b| save(&b, filename)) {
        crate::console::warn(&format!("download of {filename} failed: {e:?}"));
    }
}

/// Saves `blob` as `filename` through a temporary `<a download>` behind an object URL, freed
/// a moment later (once the browser has started the download). The one way the widget saves
/// a file: the data exports and the chart's SVG and PNG.
pub fn save(blob: &Blob, filename: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::closure::Closure;
    let url = Url::create_object_url_with_blob(blob)?;
    let a: HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    gloo::utils::body().append_child(&a)?;
    a.click();
    a.remove();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000)?;
    Ok(())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `import.meta.url` of the wasm-bindgen glue module (`kllm-widget.js`), which sits next
    /// to the wasm, `kllm.css`, `embed.js` and `index.html` wherever the build is uploaded.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MODULE_URL: String;
}

/// The absolute URL of `file` in the folder the widget was loaded from (`kllm.css`,
/// `index.html`, `embed.js`): resolved against the glue module, not the host page, so a
/// script embed from a CDN finds its files.
pub fn asset_url(file: &str) -> String {
    MODULE_URL.with(|base| {
        Url::new_with_base(file, base)
            .map(|u| u.href())
            .unwrap_or_else(|_| file.to_string())
    })
}

/// Copies `text` to the clipboard (Clipboard API). When that is missing or refused (an
/// insecure page, a cross-origin iframe without `clipboard-write`), selects the text in
/// `field` (a text area or an input) so the reader can copy it by hand. Returns whether the
/// clipboard has the text.
pub async fn copy_text(text: &str, field: &web_sys::HtmlElement) -> bool {
    let clipboard = js_sys::Reflect::get(&gloo::utils::window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    if let Some(c) = clipboard {
        let c: web_sys::Clipboard = c.unchecked_into();
        if wasm_bindgen_futures::JsFuture::from(c.write_text(text))
            .await
            .is_ok()
        {
            return true;
        }
    }
    let _ = field.focus();
    if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    } else if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    }
    false
}

/// The reader's preferred languages, most preferred first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Fills in the language from the browser when the page did not set one.
pub fn default_lang_from_browser(options: &mut crate::options::Options) {
    if options.lang.is_none() {
        let languages = browser_languages();
        options.lang = crate::options::lang_from_browser(languages.iter().map(String::as_str));
    }
}

/// The body of the same-origin (or CORS) resource at `url` as text; an error for a failed
/// request or a status other than 2xx.
pub async fn fetch_text(url: &str) -> Result<String, wasm_bindgen::JsValue> {
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()).into());
    }
    JsFuture::from(response.text()?)
        .await?
        .as_string()
        .ok_or_else(|| "not text".into())
}
