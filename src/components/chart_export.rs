//! Downloading the drawn chart, entirely in the browser: the SVG element serialized into a
//! Blob behind an object URL and an `<a download>`; for PNG that SVG is loaded into an
//! `Image`, drawn on a canvas at twice the size and saved with `canvas.toBlob`.
//!
//! A host page with a strict Content-Security-Policy (`img-src 'self'`) refuses `blob:`
//! images, so the PNG path can fail; the failure is reported to the caller and logged as a
//! warning instead of breaking the widget.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlImageElement,
    Url, XmlSerializer,
};
use yew::Callback;

/// Pixel ratio of the PNG (sharp on high-density screens).
const PNG_SCALE: f64 = 2.0;

/// The SVG element as a standalone document.
fn svg_markup(svg: &Element) -> Result<String, JsValue> {
    let copy: Element = svg.clone_node_with_deep(true)?.dyn_into()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")?;
    XmlSerializer::new()?.serialize_to_string(&copy)
}

fn object_url(blob: &Blob) -> Result<String, JsValue> {
    Url::create_object_url_with_blob(blob)
}

fn svg_blob(svg: &Element) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&svg_markup(svg)?));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Downloads the chart as `<name>.svg`.
pub fn download_svg(svg: &Element, name: &str) -> Result<(), JsValue> {
    crate::browser::save(&svg_blob(svg)?, &format!("{name}.svg"))
}

/// Draws the loaded image on a canvas and saves it; reports through `done`.
fn draw_png(
    img: &HtmlImageElement,
    size: (f64, f64),
    name: String,
    done: Callback<bool>,
) -> Result<(), JsValue> {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width((size.0 * PNG_SCALE) as u32);
    canvas.set_height((size.1 * PNG_SCALE) as u32);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    ctx.scale(PNG_SCALE, PNG_SCALE)?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(img, 0.0, 0.0, size.0, size.1)?;
    let saved = Closure::once_into_js(move |blob: Option<Blob>| {
        let result = blob
            .ok_or_else(|| JsValue::from_str("canvas.toBlob gave no image"))
            .and_then(|b| crate::browser::save(&b, &format!("{name}.png")));
        if let Err(e) = &result {
            gloo::console::warn!("kllm-widget: PNG export failed", e);
        }
        done.emit(result.is_ok());
    });
    canvas.to_blob(saved.unchecked_ref())
}

/// Downloads the chart as `<name>.png`, `size` being the SVG's width and height in px.
/// `done` receives whether it worked (asynchronously; an `Err` here means it failed at once).
pub fn download_png(
    svg: &Element,
    size: (f64, f64),
    name: &str,
    done: Callback<bool>,
) -> Result<(), JsValue> {
    let url = object_url(&svg_blob(svg)?)?;
    let img = HtmlImageElement::new()?;
    let (name, loaded_url, failed_url) = (name.to_string(), url.clone(), url.clone());
    let (img_ref, done_err) = (img.clone(), done.clone());
    let onload = Closure::once_into_js(move || {
        let result = draw_png(&img_ref, size, name, done.clone());
        let _ = Url::revoke_object_url(&loaded_url);
        if let Err(e) = result {
            gloo::console::warn!("kllm-widget: PNG export failed", e);
            done.emit(false);
        }
    });
    let onerror = Closure::once_into_js(move || {
        // Typically a Content-Security-Policy without `img-src blob:`.
        gloo::console::warn!("kllm-widget: PNG export failed: the browser refused to load the chart as an image (is blob: allowed by img-src?)");
        let _ = Url::revoke_object_url(&failed_url);
        done_err.emit(false);
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_onerror(Some(onerror.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}
