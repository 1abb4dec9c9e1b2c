//! The comparison chart block: metric switch, chart or table, the details of the tapped mark,
//! the notes, the table alternative and downloads. What it shows is one figure
//! (`chart::figure::Figure`), computed by `crate::chart`; the block matches the figure's kind
//! once, for what only one kind has (the row chart's button for all rows; the gap chart's
//! figure, controls and words), and otherwise measures its width and wires events.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::chart_export::{download_png, download_svg};
use super::chart_gap::{GapControls, GapText};
use super::chart_svg::ChartSvg;
use super::chart_table::ChartTable;
use super::switch::switch;
use super::use_width::use_width;
use crate::chart::figure::{Figure, GapFigure, Key, RowsFigure};
use crate::chart::rows::series::MAX_ROWS;
use crate::data::dataset;
use crate::i18n::{t, ui, ChartMsg, Msg};
use crate::model::{BenchmarkId, ModelRef};
use crate::settings::{ChartMode, Lang, Metric};
use crate::state::{CHART_LIMIT, GAP_BENCH};

/// The chart's width before it is measured (and in the prerendered page): its width on a
/// 412-px-wide phone (the common Galaxy and Pixel width; Lighthouse's mobile device too), so
/// that most phones keep the prerendered chart instead of laying it out again on start.
pub const FIRST_WIDTH: f64 = 380.0;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub models: Rc<[ModelRef]>,
    pub metric: Metric,
    pub mode: ChartMode,
    pub lang: Lang,
    pub on_metric: Callback<Metric>,
    pub on_mode: Callback<ChartMode>,
    /// Every row is drawn, not only the first [`CHART_LIMIT`].
    #[prop_or_default]
    pub all_rows: bool,
    #[prop_or_default]
    pub on_all_rows: Callback<bool>,
    /// The gap view's benchmark and comparison (see `crate::gap`).
    #[prop_or(GAP_BENCH)]
    pub gap_bench: BenchmarkId,
    #[prop_or_default]
    pub gap_set: Option<AttrValue>,
    #[prop_or_default]
    pub on_gap_bench: Callback<BenchmarkId>,
    #[prop_or_default]
    pub on_gap_set: Callback<Option<String>>,
    /// The catalogue page, which has the gap view's tables for readers without JavaScript.
    #[prop_or_default]
    pub catalogue: AttrValue,
}

/// A switch between the values of `all`, `current` checked.
fn pick<T: Copy + PartialEq + crate::i18n::Label + 'static>(
    lang: Lang,
    name: ChartMsg,
    all: &'static [T],
    current: T,
    on_pick: &Callback<T>,
) -> Html {
    let checked = all.iter().position(|&v| v == current);
    let labels = all.iter().map(|&v| t(lang, v));
    let on_pick = on_pick.reform(move |i: usize| all[i]);
    switch(
        t(lang, name),
        "kllm-chart__toggle",
        labels,
        checked,
        &on_pick,
    )
}

/// What one kind of figure adds to the block, each in its place: a lead above the controls,
/// controls and words under them, a line under the drawing, words under the notes, and a
/// download.
#[derive(Default)]
struct Extras {
    lead: Html,
    controls: Html,
    more: Html,
    how: Html,
    download: Html,
}

/// The row chart's: the first rows, and a button for all of them (or back to the first ones).
fn rows_extras(props: &ChartProps, f: &RowsFigure) -> Extras {
    let lang = props.lang;
    let (drawn, total) = (f.series.rows.len(), f.series.rows.len() + f.series.dropped);
    if total <= CHART_LIMIT {
        return Extras::default();
    }
    let (label, next) = if props.all_rows {
        (t(lang, Msg::FewerRows).to_string(), false)
    } else {
        (ui::show_all_rows(lang, total), true)
    };
    let newest = f.metric == Metric::Timeline;
    let more = html! {
        <div class="kllm-chart__more">
            if !props.all_rows {
                <p class="kllm-chart__drawn">{ ui::rows_drawn(lang, drawn, newest) }</p>
            }
            <button type="button" class="kllm-button kllm-button--quiet" aria-expanded={props.all_rows.to_string()}
                onclick={props.on_all_rows.reform(move |_| next)}>{ label }</button>
        </div>
    };
    Extras {
        more,
        ..Extras::default()
    }
}

/// The gap chart's: today's figure before the controls, the benchmark and setting choice and
/// the figures in words under them, the rule and its caveats under the notes, and its CSV.
fn gap_extras(props: &ChartProps, f: &GapFigure) -> Extras {
    let lang = props.lang;
    let export_csv = Callback::from(move |_: MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        crate::browser::download(
            crate::export::GAP_CSV,
            "text/csv;charset=utf-8",
            &crate::export::gap_csv(dataset()),
        );
    });
    Extras {
        lead: html! { <GapText class="kllm-chart__gap-lead" html={AttrValue::from(f.lead.clone())} /> },
        controls: html! {
            <>
                <GapControls {lang} gap={f.series.clone()} on_bench={props.on_gap_bench.clone()} on_set={props.on_gap_set.clone()} />
                <GapText class="kllm-chart__gap" html={AttrValue::from(f.figures.clone())} />
            </>
        },
        how: html! { <GapText class="kllm-chart__gap-how-wrap" html={AttrValue::from(f.how.clone())} /> },
        download: html! {
            <button type="button" class="kllm-chart__button" onclick={export_csv}>{ t(lang, ChartMsg::GapCsv) }</button>
        },
        ..Extras::default()
    }
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
    let limit = if props.all_rows {
        MAX_ROWS
    } else {
        CHART_LIMIT
    };
    // Made again only when its key changes: the gap view follows no filter, so a filter change
    // neither recomputes nor rewrites it.
    let key = Key::new(
        metric,
        props.models.clone(),
        limit,
        props.gap_bench,
        props.gap_set.as_deref(),
        lang,
    );
    let figure = use_memo(key.clone(), |key| Figure::of(d, key));
    // Keyed like the figure (plus the width) rather than by the figure itself, so no deep
    // comparison of rows is needed.
    let placed = {
        let figure = figure.clone();
        use_memo((key, width), move |(_, w)| figure.place(d, lang, *w))
    };
    let title = figure.title(lang);
    let desc = figure.summary(d, lang);
    let details = (*selected).and_then(|m| figure.detail(d, m, lang));
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
                let frame = placed.frame();
                download_png(&svg, (frame.width, frame.height), &name, done)
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
    let chart = props.mode == ChartMode::Chart;
    // The table under the drawing is written the first time it is opened.
    let table_open = use_state(|| false);
    let on_table = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|d| d.open());
            if open && !*table_open {
                table_open.set(true);
            }
        })
    };
    let extras = match &*figure {
        Figure::Rows(f) => rows_extras(props, f),
        Figure::Gap(f) => gap_extras(props, f),
    };
    let notes = figure.notes(chart, props.all_rows, lang);
    let drawn = !figure.is_empty();
    // Where the catalogue page has this view's tables: the gap view's benchmark at its anchor;
    // the other views' numbers are on the cards there.
    let tables_elsewhere = match props.metric {
        Metric::Gap => format!(
            "{}#{}",
            props.catalogue,
            crate::chart::gap::tables_id(props.gap_bench)
        ),
        _ => props.catalogue.to_string(),
    };
    html! {
        <figure class="kllm-chart">
            // The skip link's target: a heading that takes focus from script only.
            <figcaption><h3 class="kllm-chart__caption" id={super::skip_links::CHART_TITLE} tabindex="-1">{ title }</h3></figcaption>
            { extras.lead }
            <div class="kllm-chart__controls">
                { pick(lang, ChartMsg::MetricGroup, Metric::ALL, metric, &props.on_metric) }
                { pick(lang, ChartMsg::ModeGroup, ChartMode::ALL, props.mode, &props.on_mode) }
            </div>
            { extras.controls }
            <div class="kllm-chart__plot" ref={plot_ref.clone()}>
                if !drawn {
                    <p class="kllm-chart__empty">{ t(lang, ChartMsg::NoData) }</p>
                } else if chart {
                    <ChartSvg placed={placed.clone()} title={title} desc={desc} selected={*selected} {on_select} />
                } else {
                    <ChartTable figure={figure.clone()} {lang} />
                }
            </div>
            { extras.more }
            if chart && drawn {
                <div class="kllm-chart__details" aria-live="polite">
                    if let Some(det) = details {
                        <p class="kllm-chart__details-title">{ det.title }</p>
                        <p>{ det.value }</p>
                        { for det.notes.into_iter().map(|n| html! { <p>{ n }</p> }) }
                        <p><a href={det.url} target="_blank" rel="noopener">{ det.source }</a></p>
                    } else {
                        <p class="kllm-chart__hint">{ t(lang, ChartMsg::DetailsHint) }</p>
                    }
                </div>
            }
            <ul class="kllm-chart__notes">
                { for notes.plain.into_iter().map(|n| html! { <li>{ n }</li> }) }
                { for notes.dropped.map(|n| html! { <li class="kllm-chart__dropped">{ n }</li> }) }
                { for notes.unknown.into_iter().map(|n| html! { <li class="kllm-chart__unknown">{ n }</li> }) }
            </ul>
            { extras.how }
            if chart && drawn {
                // The numbers behind the marks, for screen readers and readers without
                // JavaScript (the page is prerendered with this view).
                <details class="kllm-chart__table-alt" ontoggle={on_table}>
                    <summary>{ t(lang, ChartMsg::TableAlternative) }</summary>
                    // Written when first opened: the page as prerendered carries no table
                    // (a few hundred elements); without JavaScript the catalogue page has it.
                    if *table_open {
                        <ChartTable figure={figure.clone()} {lang} />
                    } else {
                        <p class="kllm-chart__table-elsewhere">
                            <a href={tables_elsewhere}>{ t(lang, ChartMsg::TablesElsewhere) }</a>
                        </p>
                    }
                </details>
                <div class="kllm-chart__export" aria-live="polite">
                    <button type="button" class="kllm-chart__button" onclick={export_svg}>{ t(lang, ChartMsg::ExportSvg) }</button>
                    <button type="button" class="kllm-chart__button" onclick={export_png}>
                        { t(lang, if *png_failed { ChartMsg::ExportFailed } else { ChartMsg::ExportPng }) }
                    </button>
                    { extras.download }
                </div>
            }
        </figure>
    }
}
