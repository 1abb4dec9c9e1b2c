//! The gap view's own blocks inside the chart: the benchmark switch and the setting choice,
//! the figures as sentences (at the article's date and now) with who measured the scores,
//! and the rule with its caveats. Everything shown is computed by `crate::chart::gap`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use crate::chart::gap::GapSeries;
use crate::data::dataset;
use crate::i18n::{t, ChartMsg};
use crate::model::BenchmarkId;
use crate::settings::Lang;

#[derive(Properties, PartialEq)]
pub struct GapControlsProps {
    pub lang: Lang,
    pub gap: Rc<GapSeries>,
    pub on_bench: Callback<BenchmarkId>,
    pub on_set: Callback<Option<String>>,
}

/// The benchmarks with a figure, as a switch like the metric switch (a radio group: one Tab
/// stop, arrow keys move and choose), and the comparisons of the chosen one (when there are
/// several) as a select.
#[component]
pub fn GapControls(props: &GapControlsProps) -> Html {
    let (lang, gap) = (props.lang, &props.gap);
    let benches = use_memo((), |_| crate::gap::benchmarks(dataset()));
    let onchange = props.on_set.reform(|e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| s.value())
    });
    // The checked benchmark is the Tab stop; the first when a link chose one without a figure.
    let stop = benches.iter().position(|&b| b == gap.bench).unwrap_or(0);
    let onkeydown = {
        let (on_bench, benches) = (props.on_bench.clone(), benches.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(i) = super::roving::on_key(&e, "[role=radiogroup]", "[role=radio]") {
                if let Some(&b) = benches.get(i) {
                    on_bench.emit(b);
                }
            }
        })
    };
    html! {
        <div class="kllm-chart__gap-controls">
            <div class="kllm-chart__switch" role="radiogroup" aria-label={t(lang, ChartMsg::BenchmarkGroup)} {onkeydown}>
                { for benches.iter().enumerate().map(|(i, &b)| {
                    let checked = b == gap.bench;
                    let onclick = props.on_bench.reform(move |_: MouseEvent| b);
                    html! {
                        <button type="button" role="radio" class="kllm-chart__toggle kllm-chart__bench" aria-checked={checked.to_string()}
                            tabindex={super::roving::tabindex(i, stop)} {onclick}>{ b.name() }</button>
                    }
                }) }
            </div>
            if gap.choices.len() > 1 {
                <label class="kllm-select kllm-chart__setting">
                    <span class="kllm-select__label">{ t(lang, ChartMsg::SettingLabel) }</span>
                    <select class="kllm-select__input" {onchange}>
                        { for gap.choices.iter().map(|(slug, label)| html! {
                            <option value={slug.clone()} selected={*slug == gap.slug}>{ label }</option>
                        }) }
                    </select>
                </label>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct GapFiguresProps {
    pub lang: Lang,
    pub gap: Rc<GapSeries>,
}

/// The figures in words, now first (the question the view answers), then at the article's
/// date; who measured the scores beside them.
#[component]
pub fn GapFigures(props: &GapFiguresProps) -> Html {
    let (lang, gap, d) = (props.lang, &props.gap, dataset());
    // The setting is named once above the sentences (by the choice, when there is one).
    let (now, then) = (
        gap.short_sentence(lang, false),
        gap.short_sentence(lang, true),
    );
    html! {
        <div class="kllm-chart__gap">
            if gap.choices.len() <= 1 {
                <p class="kllm-chart__gap-setting">{ &gap.setting }</p>
            }
            <p class="kllm-chart__gap-sentence" data-moment="now">{ now }</p>
            <p class="kllm-chart__gap-sentence" data-moment="article">{ then }</p>
            if let Some(note) = gap.measurer_note(d, lang) {
                <p class="kllm-chart__gap-note">{ note }</p>
            }
        </div>
    }
}

/// The rule for comparable scores and the caveats, in a disclosure under the chart.
#[component]
pub fn GapHow(props: &GapFiguresProps) -> Html {
    let (lang, gap, d) = (props.lang, &props.gap, dataset());
    html! {
        <details class="kllm-chart__table-alt kllm-chart__gap-how">
            <summary>{ t(lang, ChartMsg::GapHow) }</summary>
            <p>{ t(lang, ChartMsg::GapRule) }</p>
            { for gap.notes(d, lang).into_iter().map(|n| html! { <p>{ n }</p> }) }
        </details>
    }
}
