//! The chart's numbers as an HTML table: the same rows in the same order, with full values,
//! who measured each score and its source. Pure; the widget hands the text to Yew as one raw
//! node (`components::ChartTable`), and it is the chart's alternative for screen readers and
//! readers without JavaScript.

use super::series::Series;
use crate::chart::row::value_full;
use crate::chart::table;
use crate::i18n::{t, text, ChartMsg};
use crate::markup::element;
use crate::model::Dataset;
use crate::settings::{Lang, Metric};

/// One table row's cells, computed outside the markup.
struct Cells<'a> {
    name: &'a str,
    value: String,
    /// The measurer's name, with `*` when the developer measured its own model.
    measured: Option<String>,
    source: &'a str,
    url: &'a str,
}

fn cells<'a>(d: &'a Dataset, series: &'a Series, lang: Lang) -> Vec<Cells<'a>> {
    series
        .rows
        .iter()
        .map(|r| {
            let src = d.source(r.source);
            let measured = r.measured.map(|m| {
                let name = text(lang, &d.org(m.by).name);
                let star = if m.self_reported { "*" } else { "" };
                format!("{name}{star}")
            });
            Cells {
                name: &r.label,
                value: value_full(r.value, lang),
                measured,
                source: &src.publisher,
                url: &src.url,
            }
        })
        .collect()
}

/// The table as HTML text; a note under it explains the `*` when a score is self-reported.
/// The wrapper around it (`div.kllm-chart__table-wrap`, which scrolls) is the component's.
pub fn write(d: &Dataset, series: &Series, metric: Metric, lang: Lang) -> String {
    let rows = cells(d, series, lang);
    let scores = super::spec::spec(metric).is_some_and(|s| s.scores());
    let mut o = String::with_capacity(400 + 300 * rows.len());
    let cols: Vec<&str> = [ChartMsg::Model, ChartMsg::Value]
        .into_iter()
        .chain(scores.then_some(ChartMsg::MeasuredBy))
        .chain([ChartMsg::Source])
        .map(|c| t(lang, c))
        .collect();
    table::head(&mut o, "kllm-chart__table", t(lang, metric), &cols);
    let mut starred = false;
    for c in rows {
        o.push_str("<tr>");
        table::name_cell(&mut o, c.name);
        element(
            &mut o,
            "td",
            &[("class", "kllm-chart__cell-value")],
            &c.value,
        );
        if let Some(m) = c.measured {
            starred |= m.ends_with('*');
            element(&mut o, "td", &[], &m);
        }
        table::source_cell(&mut o, c.url, c.source);
        o.push_str("</tr>");
    }
    table::end(&mut o, lang, starred);
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::rows::series::{series_up_to, MAX_ROWS};
    use crate::data::dataset;

    #[test]
    fn a_starred_score_is_explained_under_the_table() {
        let d = dataset();
        let s = series_up_to(
            d,
            &[d.find("ax-4-0").unwrap()],
            Metric::Kmmlu,
            Lang::Ko,
            MAX_ROWS,
        );
        let html = write(d, &s, Metric::Kmmlu, Lang::Ko);
        assert!(html.contains("*</td>"), "{html}");
        assert!(html.contains(r#"<p class="kllm-chart__table-note">* 개발사 자체 측정</p>"#));
        let s = series_up_to(
            d,
            &[d.find("exaone-3-5").unwrap()],
            Metric::Params,
            Lang::Ko,
            MAX_ROWS,
        );
        assert!(!write(d, &s, Metric::Params, Lang::Ko).contains("kllm-chart__table-note"));
    }
}
