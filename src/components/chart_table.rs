//! The chart's numbers as a table: the HTML written by `chart::rows::table` or `chart::gap::table`, as raw HTML inside its
//! scrolling wrapper (see `raw`).

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::gap::{self, GapSeries};
use crate::chart::rows::{table::write, Series};
use crate::data::dataset;
use crate::settings::{Lang, Metric};

#[derive(Properties)]
pub struct ChartTableProps {
    pub series: Rc<Series>,
    pub metric: Metric,
    pub lang: Lang,
    /// The gap view's series: its tables instead of the rows'.
    #[prop_or_default]
    pub gap: Option<Rc<GapSeries>>,
}

// By pointer for the rows: `Chart` memoises the series, so an unchanged table keeps its `Rc`.
impl PartialEq for ChartTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.series, &other.series)
            && self.metric == other.metric
            && self.lang == other.lang
            && self.gap == other.gap
    }
}

#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let wrap = use_node_ref();
    let html = match &props.gap {
        Some(g) => gap::table::write(dataset(), g, props.lang),
        None => write(dataset(), &props.series, props.metric, props.lang),
    };
    let table = super::raw::use_raw_html(&wrap, html.into());
    html! { <div class="kllm-chart__table-wrap" ref={wrap}>{ table }</div> }
}
