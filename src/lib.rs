//! kllm-widget: an interactive news widget on Korea's large language models.
//!
//! Data flows one way: the embedded dataset (`data`) → pure logic → the view (`components`).
//! Everything outside `components` and the browser entry points is pure and tested natively.

pub mod browser;
pub mod build_id;
pub mod card;
#[cfg(feature = "prerender")]
pub mod catalogue;
pub mod chart;
pub mod chips;
pub mod console;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod dataset;
pub mod export;
pub mod filter;
pub mod gap;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod options;
pub mod palette;
#[cfg(feature = "prerender")]
pub mod prerender;
#[cfg(feature = "prerender")]
pub mod preview;
pub mod release;
pub mod search;
pub mod settings;
mod slug;
pub mod snippet;
pub mod sort;
pub mod state;
pub mod url_state;
pub mod view;

pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
