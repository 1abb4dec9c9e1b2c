//! The view: small function components that draw what the pure modules computed.

mod app;
mod card;

pub use app::App;
pub use card::Card;
