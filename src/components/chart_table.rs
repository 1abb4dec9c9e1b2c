//! The chart's numbers as a table: the same rows, in the same order, with full values and
//! their sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::series::Series;
use crate::chart::text::{t, value_full, Msg};
use crate::data::dataset;
use crate::markup::{element, open};
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
                name: r.label.clone(),
                value: value_full(r.value, lang),
                measured,
                source: src.publisher.to_string(),
                url: src.url.to_string(),
            }
        })
        .collect()
}

/// The table as HTML text (Yew takes it as one raw node: it has no listeners).
pub fn markup(series: &Series, metric: Metric, lang: Lang) -> String {
    let rows = cells(series, lang);
    let scores = matches!(metric, Metric::Kmmlu | Metric::Mmlu);
    let mut o = String::with_capacity(400 + 300 * rows.len());
    open(&mut o, "div", &[("class", "kllm-chart__table-wrap")]);
    open(&mut o, "table", &[("class", "kllm-chart__table")]);
    element(
        &mut o,
        "caption",
        &[("class", "kllm-chart__table-caption")],
        t(lang, Msg::Metric(metric)),
    );
    o.push_str("<thead><tr>");
    let col = [("scope", "col")];
    element(&mut o, "th", &col, t(lang, Msg::Model));
    element(&mut o, "th", &col, t(lang, Msg::Value));
    if scores {
        element(&mut o, "th", &col, t(lang, Msg::MeasuredBy));
    }
    element(&mut o, "th", &col, t(lang, Msg::Source));
    o.push_str("</tr></thead><tbody>");
    for c in rows {
        o.push_str("<tr>");
        element(
            &mut o,
            "th",
            &[("scope", "row"), ("class", "kllm-chart__cell-name")],
            &c.name,
        );
        element(
            &mut o,
            "td",
            &[("class", "kllm-chart__cell-value")],
            &c.value,
        );
        if let Some(m) = c.measured {
            element(&mut o, "td", &[], &m);
        }
        o.push_str("<td>");
        element(
            &mut o,
            "a",
            &[("href", &c.url), ("target", "_blank"), ("rel", "noopener")],
            &c.source,
        );
        o.push_str("</td></tr>");
    }
    o.push_str("</tbody></table></div>");
    o
}

#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    Html::from_html_unchecked(markup(&props.series, props.metric, props.lang).into())
}
