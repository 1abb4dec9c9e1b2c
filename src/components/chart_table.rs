//! The chart's numbers as a table: the same rows, in the same order, with full values and
//! their sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::series::Series;
use crate::chart::text::{t, value_full, Msg};
use crate::data::dataset;
use crate::state::{Lang, Metric};

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

/// One table row's cells, computed outside the markup.
struct Cells {
    key: u16,
    name: String,
    value: String,
    measured: Option<String>,
    source: String,
    url: String,
}

fn cells(series: &Series, lang: Lang) -> Vec<Cells> {
    let d = dataset();
    series
        .rows
        .iter()
        .map(|r| {
            let src = d.source(r.source);
            let measured = r.measured.map(|m| {
                let org = d.org(m.by);
                let name = match lang {
                    Lang::Ko => &org.name.ko,
                    Lang::En => &org.name.en,
                };
                if m.self_reported {
                    format!("{name}*")
                } else {
                    name.to_string()
                }
            });
            Cells {
                key: r.model.0,
                name: r.label.clone(),
                value: value_full(r.value, lang),
                measured,
                source: src.publisher.to_string(),
                url: src.url.to_string(),
            }
        })
        .collect()
}

#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let lang = props.lang;
    let rows = cells(&props.series, lang);
    let scores = matches!(props.metric, Metric::Kmmlu | Metric::Mmlu);
    html! {
        <div class="kllm-chart__table-wrap">
            <table class="kllm-chart__table">
                <caption class="kllm-chart__table-caption">{ t(lang, Msg::Metric(props.metric)) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Msg::Model) }</th>
                        <th scope="col">{ t(lang, Msg::Value) }</th>
                        if scores { <th scope="col">{ t(lang, Msg::MeasuredBy) }</th> }
                        <th scope="col">{ t(lang, Msg::Source) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|c| html! {
                        <tr key={c.key}>
                            <th scope="row" class="kllm-chart__cell-name">{ c.name }</th>
                            <td class="kllm-chart__cell-value">{ c.value }</td>
                            if let Some(m) = c.measured { <td>{ m }</td> }
                            <td><a href={c.url} target="_blank" rel="noopener">{ c.source }</a></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
