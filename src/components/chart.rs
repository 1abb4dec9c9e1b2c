//! The comparison chart block: metric switch, chart or table, the first rows with a button
//! for all of them, the details of the tapped mark, the models without a value, and
//! downloads. Everything shown is computed by `crate::chart`; this component measures its
//! width and wires events.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::chart_export::{download_png, download_svg};
use super::chart_gap::{GapControls, GapText};
use super::roving;
use super::use_width::use_width;
use super::{ChartSvg, ChartTable};
use crate::chart::detail::detail;
use crate::chart::figure::Drawing;
use crate::chart::gap::gap_series;
use crate::chart::gap::layout::gap_layout;
use crate::chart::rows::series::evaluators;
use crate::chart::rows::spec::spec;
use crate::chart::rows::text::{dropped_line, summary, unknown_lines};
use crate::chart::rows::{layout, series};
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

/// A switch between the values of `all` (a radio group: one Tab stop, the checked value;
/// arrow keys move and choose).
fn switch<T: Copy + PartialEq + crate::i18n::Label + 'static>(
    lang: Lang,
    name: ChartMsg,
    all: &'static [T],
    current: T,
    on_pick: &Callback<T>,
) -> Html {
    let onkeydown = {
        let on_pick = on_pick.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(i) = roving::on_key(&e, "[role=radiogroup]", "[role=radio]") {
                on_pick.emit(all[i]);
            }
        })
    };
    html! {
        <div class="kllm-chart__switch" role="radiogroup" aria-label={t(lang, name)} {onkeydown}>
            { for all.iter().map(|&v| {
                let checked = v == current;
                html! {
                    <button type="button" role="radio" class="kllm-chart__toggle" aria-checked={checked.to_string()}
                        tabindex={if checked { "0" } else { "-1" }} onclick={on_pick.reform(move |_| v)}>
                        { t(lang, v) }
                    </button>
                }
            }) }
        </div>
    }
}

/// Notes under the chart: the log scale (chart view only), sizes and the evaluator caveat.
fn notes(s: &series::Series, metric: Metric, chart: bool, lang: Lang) -> Vec<&'static str> {
    let Some(spec) = spec(metric) else {
        return Vec::new();
    };
    let drawn = spec.drawn_notes.iter().filter(|_| chart);
    let mixed =
        (spec.scores() && evaluators(&s.rows).len() > 1).then_some(&ChartMsg::MixedEvaluators);
    drawn
        .chain(spec.notes)
        .chain(mixed)
        .map(|&m| t(lang, m))
        .collect()
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
        series::MAX_ROWS
    } else {
        CHART_LIMIT
    };
    // The gap view compares every model in the data (its own series); the other views the
    // models given.
    let gap = use_memo(
        (metric, props.gap_bench, props.gap_set.clone(), lang),
        |(metric, bench, set, lang)| {
            (*metric == Metric::Gap)
                .then(|| gap_series(d, *bench, set.as_deref(), *lang).map(Rc::new))
                .flatten()
        },
    );
    // The gap view's words, written once per gap series (not on every render: the chart
    // renders again for each filter change, which the gap view does not follow).
    let gap_text = {
        let gap = gap.clone();
        use_memo(
            (metric, props.gap_bench, props.gap_set.clone(), lang),
            move |_| {
                gap.as_ref().as_ref().map(|g| {
                    (
                        AttrValue::from(g.figures_html(d, lang)),
                        AttrValue::from(g.how_html(d, lang)),
                        AttrValue::from(g.headline_html(lang)),
                    )
                })
            },
        )
    };
    let s = use_memo(
        (props.models.clone(), metric, lang, limit, gap.clone()),
        |(m, metric, lang, limit, gap)| match &**gap {
            Some(g) => series::Series {
                rows: g.rows(d),
                ..Default::default()
            },
            None => series::series_up_to(d, m, *metric, *lang, *limit),
        },
    );
    // Keyed like the series (plus the width) rather than by the series itself, so no deep
    // comparison of rows is needed.
    let placed = {
        let s = s.clone();
        let gap = gap.clone();
        use_memo(
            (
                props.models.clone(),
                metric,
                lang,
                limit,
                width,
                gap.clone(),
            ),
            move |(.., w, _)| match &*gap {
                Some(g) => Drawing::Gap(gap_layout(g, lang, *w)),
                None => Drawing::Rows(layout(&s, metric, lang, *w, d.article.date, d.as_of)),
            },
        )
    };
    let title = match &*gap {
        Some(_) => t(lang, ChartMsg::GapTitle),
        None => t(lang, metric),
    };
    let desc = match &*gap {
        Some(g) => g.summary(lang),
        None => summary(&s, metric, d.article.date, lang),
    };
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
                download_png(
                    &svg,
                    (placed.frame().width, placed.frame().height),
                    &name,
                    done,
                )
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
    let export_gap_csv = Callback::from(move |_: MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        crate::browser::download(
            crate::export::GAP_CSV,
            "text/csv;charset=utf-8",
            &crate::export::gap_csv(d),
        );
    });
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
    // The first rows, and a button for all of them (or back to the first ones).
    let total = s.rows.len() + s.dropped;
    let more = (total > CHART_LIMIT && gap.is_none()).then(|| {
        let (label, next) = if props.all_rows {
            (t(lang, Msg::FewerRows).to_string(), false)
        } else {
            (ui::show_all_rows(lang, total), true)
        };
        let newest = metric == Metric::Timeline;
        html! {
            <div class="kllm-chart__more">
                if !props.all_rows {
                    <p class="kllm-chart__drawn">{ ui::rows_drawn(lang, s.rows.len(), newest) }</p>
                }
                <button type="button" class="kllm-button kllm-button--quiet" aria-expanded={props.all_rows.to_string()}
                    onclick={props.on_all_rows.reform(move |_| next)}>{ label }</button>
            </div>
        }
    });
    html! {
        <figure class="kllm-chart">
            // The skip link's target: a heading that takes focus from script only.
            <figcaption><h3 class="kllm-chart__caption" id={super::skip_links::CHART_TITLE} tabindex="-1">{ title }</h3></figcaption>
            // The gap view leads with today's figure, before its controls and sentences.
            if let Some((_, _, lead)) = &*gap_text {
                <GapText class="kllm-chart__gap-lead" html={lead.clone()} />
            }
            <div class="kllm-chart__controls">
                { switch(lang, ChartMsg::MetricGroup, Metric::ALL, metric, &props.on_metric) }
                { switch(lang, ChartMsg::ModeGroup, ChartMode::ALL, props.mode, &props.on_mode) }
            </div>
            if let (Some(g), Some((figures, _, _))) = (&*gap, &*gap_text) {
                <GapControls {lang} gap={g.clone()} on_bench={props.on_gap_bench.clone()} on_set={props.on_gap_set.clone()} />
                <GapText class="kllm-chart__gap" html={figures.clone()} />
            }
            <div class="kllm-chart__plot" ref={plot_ref.clone()}>
                if s.rows.is_empty() {
                    <p class="kllm-chart__empty">{ t(lang, ChartMsg::NoData) }</p>
                } else if chart {
                    <ChartSvg placed={placed.clone()} title={title} desc={desc} selected={*selected} {on_select} />
                } else {
                    <ChartTable series={s.clone()} {metric} {lang} gap={(*gap).clone()} />
                }
            </div>
            { more.unwrap_or_default() }
            if chart && !s.rows.is_empty() {
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
                { for notes(&s, metric, chart, lang).into_iter().map(|n| html! { <li>{ n }</li> }) }
                { for props.all_rows.then(|| dropped_line(&s, metric, lang)).flatten().map(|n| html! { <li class="kllm-chart__dropped">{ n }</li> }) }
                { for unknown_lines(&s, lang).into_iter().map(|n| html! { <li class="kllm-chart__unknown">{ n }</li> }) }
                if gap.as_ref().as_ref().is_some_and(|g| g.self_reported()) {
                    <li>{ t(lang, ChartMsg::GapSelfReported) }</li>
                }
            </ul>
            if let Some((_, how, _)) = &*gap_text {
                <GapText class="kllm-chart__gap-how-wrap" html={how.clone()} />
            }
            if chart && !s.rows.is_empty() {
                // The numbers behind the marks, for screen readers and readers without
                // JavaScript (the page is prerendered with this view).
                <details class="kllm-chart__table-alt" ontoggle={on_table}>
                    <summary>{ t(lang, ChartMsg::TableAlternative) }</summary>
                    // Written when first opened: the page as prerendered carries no table
                    // (a few hundred elements); without JavaScript the catalogue page has it.
                    if *table_open {
                        <ChartTable series={s.clone()} {metric} {lang} gap={(*gap).clone()} />
                    } else {
                        <p class="kllm-chart__table-elsewhere">
                            <a href={format!("{}#{}", props.catalogue, crate::chart::gap::TABLES_ID)}>{ t(lang, ChartMsg::TablesElsewhere) }</a>
                        </p>
                    }
                </details>
                <div class="kllm-chart__export" aria-live="polite">
                    <button type="button" class="kllm-chart__button" onclick={export_svg}>{ t(lang, ChartMsg::ExportSvg) }</button>
                    <button type="button" class="kllm-chart__button" onclick={export_png}>
                        { t(lang, if *png_failed { ChartMsg::ExportFailed } else { ChartMsg::ExportPng }) }
                    </button>
                    if gap.is_some() {
                        <button type="button" class="kllm-chart__button" onclick={export_gap_csv}>{ t(lang, ChartMsg::GapCsv) }</button>
                    }
                </div>
            }
        </figure>
    }
}
