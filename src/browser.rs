//! Small browser helpers used by components (downloads). Everything here fails softly with a
//! console warning: nothing the widget does may break the host page.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) {
    if let Err(e) = try_download(filename, mime, content) {
        crate::warn(&format!("download of {filename} failed: {e:?}"));
    }
}

fn try_download(filename: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let a: HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    Url::revoke_object_url(&url)?;
    Ok(())
}
