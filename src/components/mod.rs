//! The view: small function components that lay out what the pure modules computed.
//! Children get `'static` references into the dataset and narrow callbacks.

mod app;
mod card;
mod controls;
mod embed_code;
mod filters;
mod footer;
mod header;
mod tray;

pub use app::{App, AppProps};
pub use card::Card;
pub use embed_code::EmbedCode;
