//! The view: small function components that lay out what the pure modules computed.
//! Children get `'static` references into the dataset and narrow callbacks.

mod app;
mod card_list;
mod chart;
mod chart_export;
mod chart_gap;
mod chart_svg;
mod chart_table;
mod embed_code;
mod filter_panel;
mod footer;
mod header;
pub mod raw;
mod reducer;
mod release_note;
mod roving;
mod share;
mod skip_links;
mod switch;
mod toolbar;
mod tray;
mod url_sync;
mod use_copy;
mod use_width;

pub use app::{App, AppProps};
pub use chart::{Chart, ChartProps};
pub use chart_svg::{ChartSvg, ChartSvgProps};
pub use chart_table::{ChartTable, ChartTableProps};
pub use embed_code::EmbedCode;
pub use footer::{DATA_CSV, DATA_JSON};
pub use url_sync::WRITE_DELAY_MS;
