//! The view: small function components that draw what the pure modules computed.

mod app;
mod card;
mod chart;
mod chart_export;
mod chart_svg;
mod chart_table;
mod use_width;

pub use app::App;
pub use card::Card;
pub use chart::{Chart, ChartProps};
pub use chart_svg::{ChartSvg, ChartSvgProps};
pub use chart_table::{ChartTable, ChartTableProps};
