//! The chart's numbers as a table: the HTML written by `chart::table`, as raw HTML inside its
//! scrolling wrapper (see `raw`).

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::series::Series;
use crate::chart::table::write;
use crate::data::dataset;
use crate::settings::{Lang, Metric};

#[derive(Properties)]
pub struct ChartTableProps {
    pub series: Rc<Series>,
    pub metric: Metric,
    pub lang: Lang,
}

// By pointer for the rows: `Chart` memoises the series, so an unchanged table keeps its `Rc`.
impl PartialEq for ChartTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.series, &other.series)
            && self.metric == other.metric
            && self.lang == other.lang
    }
}

#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let wrap = use_node_ref();
    let table = super::raw::use_raw_html(
        &wrap,
        write(dataset(), &props.series, props.metric, props.lang).into(),
    );
    html! { <div class="kllm-chart__table-wrap" ref={wrap}>{ table }</div> }
}
