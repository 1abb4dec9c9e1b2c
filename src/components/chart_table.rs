//! The chart's numbers as a table: the HTML written by the figure's kind
//! (`chart::rows::table` or `chart::gap::table`), as raw HTML inside its scrolling wrapper
//! (see `raw`).

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::figure::Figure;
use crate::data::dataset;
use crate::settings::Lang;

#[derive(Properties)]
pub struct ChartTableProps {
    pub figure: Rc<Figure>,
    pub lang: Lang,
}

// By pointer for the figure: `Chart` memoises it, so an unchanged table keeps its `Rc`.
impl PartialEq for ChartTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.figure, &other.figure) && self.lang == other.lang
    }
}

#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let wrap = use_node_ref();
    let html = props.figure.table(dataset(), props.lang);
    let table = super::raw::use_raw_html(&wrap, html.into());
    html! { <div class="kllm-chart__table-wrap" ref={wrap}>{ table }</div> }
}
