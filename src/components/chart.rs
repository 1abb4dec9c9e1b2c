//! The comparison chart block: metric switcher, chart or table, the details of the tapped
//! mark, the models without a value, and downloads. Everything shown is computed by
//! `crate::chart`; this component measures its width and wires events.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::chart_export::{download_png, download_svg};
use super::use_width::use_width;
use super::{ChartSvg, ChartTable};
use crate::chart::detail::detail;
use crate::chart::series::evaluators;
use crate::chart::text::{dropped_line, summary, t, unknown_lines, Msg};
use crate::chart::{layout, series};
use crate::data::dataset;
use crate::model::ModelRef;
use crate::state::{ChartView, Lang, Metric};

/// The chart's width before it is measured (and in the prerendered page): its width on a
/// 412-px-wide phone (the common Galaxy and Pixel width; Lighthouse's mobile device too), so
/// that most phones keep the prerendered chart instead of laying it out again on start.
pub const FIRST_WIDTH: f64 = 380.0;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub models: Rc<[ModelRef]>,
    pub metric: Metric,
    pub view: ChartView,
    pub lang: Lang,
    pub on_metric: Callback<Metric>,
    pub on_view: Callback<ChartView>,
}

/// A toggle button of a segmented control.
fn toggle(label: &'static str, pressed: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="kllm-chart__toggle" aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
    }
}

/// Notes under the chart: the log scale (chart view only), sizes and the evaluator caveat.
fn notes(s: &series::Series, metric: Metric, chart: bool, lang: Lang) -> Vec<&'static str> {
    let mut out = Vec::new();
    match metric {
        Metric::Params if chart => out.extend([Msg::LogScale, Msg::LargestSize]),
        Metric::Params => out.push(Msg::LargestSize),
        Metric::Context if chart => out.push(Msg::LogScale),
        Metric::Kmmlu | Metric::Mmlu if evaluators(&s.rows).len() > 1 => {
            out.push(Msg::MixedEvaluators)
        }
        _ => {}
    }
    out.into_iter().map(|m| t(lang, m)).collect()
}

/// The chart block for `models` (the pinned ones, or those the filters show).
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let (lang, metric) = (props.lang, props.metric);
    let d = dataset();
    let selected = use_state(|| None::<ModelRef>);
    let png_failed = use_state(|| false);
    let plot_ref = use_node_ref();
    // Lay out for the width the chart really has; until it is measured, and in the prerendered
    // page, for a phone: FIRST_WIDTH.
    let width = use_width(&plot_ref, FIRST_WIDTH);
    let s = use_memo((props.models.clone(), metric, lang), |(m, metric, lang)| {
        series::series(d, m, *metric, *lang)
    });
    // Keyed like the series (plus the width) rather than by the series itself, so no deep
    // comparison of rows is needed.
    let placed = {
        let s = s.clone();
        use_memo(
            (props.models.clone(), metric, lang, width),
            move |(.., w)| layout(&s, metric, lang, *w, d.article.date, d.as_of),
        )
    };
    let title = t(lang, Msg::Metric(metric));
    let desc = summary(&s, metric, d.article.date, lang);
    let picked = (*selected).and_then(|m| s.rows.iter().find(|r| r.model == m));
    let details = picked.map(|r| detail(d, r, lang));
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |m| selected.set(Some(m)))
    };
    let export = |png: bool| {
        let (plot_ref, placed, png_failed) = (plot_ref.clone(), placed.clone(), png_failed.clone());
        let name = format!("kllm-{}", metric.slug());
        Callback::from(move |_: MouseEvent| {
            let Some(svg) = plot_ref
                .cast::<Element>()
                .and_then(|el| el.query_selector("svg").ok().flatten())
            else {
                return;
            };
            let failed = png_failed.clone();
            let done = Callback::from(move |ok: bool| failed.set(!ok));
            let result = if png {
                download_png(&svg, (placed.width, placed.height), &name, done)
            } else {
                download_svg(&svg, &name)
            };
            if let Err(e) = result {
                gloo::console::warn!("kllm-widget: chart export failed", e);
                png_failed.set(png);
            }
        })
    };
    let (export_svg, export_png) = (export(false), export(true));
    let chart = props.view == ChartView::Chart;
    html! {
        <figure class="kllm-chart">
            <figcaption class="kllm-chart__caption">{ title }</figcaption>
            <div class="kllm-chart__controls">
                <div class="kllm-chart__switch" role="group" aria-label={t(lang, Msg::MetricGroup)}>
                    { for Metric::ALL.iter().map(|&m| toggle(t(lang, Msg::Metric(m)), m == metric, props.on_metric.reform(move |_| m))) }
                </div>
                <div class="kllm-chart__switch" role="group" aria-label={t(lang, Msg::ViewGroup)}>
                    { for ChartView::ALL.iter().map(|&v| toggle(t(lang, Msg::View(v)), v == props.view, props.on_view.reform(move |_| v))) }
                </div>
            </div>
            <div class="kllm-chart__plot" ref={plot_ref.clone()}>
                if s.rows.is_empty() {
                    <p class="kllm-chart__empty">{ t(lang, Msg::NoData) }</p>
                } else if chart {
                    <ChartSvg placed={placed.clone()} title={title} desc={desc} selected={*selected} {on_select} />
                    // The numbers behind the marks, for screen readers and readers without
                    // JavaScript (the page is prerendered with this view).
                    <details class="kllm-chart__table-alt">
                        <summary>{ t(lang, Msg::TableAlternative) }</summary>
                        <ChartTable series={s.clone()} {metric} {lang} />
                    </details>
                } else {
                    <ChartTable series={s.clone()} {metric} {lang} />
                }
            </div>
            <ul class="kllm-chart__notes">
                { for notes(&s, metric, chart, lang).into_iter().map(|n| html! { <li>{ n }</li> }) }
                { for dropped_line(&s, metric, lang).map(|n| html! { <li class="kllm-chart__dropped">{ n }</li> }) }
                { for unknown_lines(&s, lang).into_iter().map(|n| html! { <li class="kllm-chart__unknown">{ n }</li> }) }
            </ul>
            if chart && !s.rows.is_empty() {
                <div class="kllm-chart__details" aria-live="polite">
                    if let Some(det) = details {
                        <p class="kllm-chart__details-title">{ det.title }</p>
                        <p>{ det.value }</p>
                        { for det.notes.into_iter().map(|n| html! { <p>{ n }</p> }) }
                        <p><a href={det.url} target="_blank" rel="noopener">{ det.source }</a></p>
                    } else {
                        <p class="kllm-chart__hint">{ t(lang, Msg::DetailsHint) }</p>
                    }
                </div>
                <div class="kllm-chart__export" aria-live="polite">
                    <button type="button" class="kllm-chart__button" onclick={export_svg}>{ t(lang, Msg::ExportSvg) }</button>
                    <button type="button" class="kllm-chart__button" onclick={export_png}>
                        { t(lang, if *png_failed { Msg::ExportFailed } else { Msg::ExportPng }) }
                    </button>
                </div>
            }
        </figure>
    }
}
