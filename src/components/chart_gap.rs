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
pub struct GapTextProps {
    /// HTML written by `chart::gap` (`figures_html`, `how_html`).
    pub html: AttrValue,
    pub class: AttrValue,
}

/// Text of the gap view written as HTML by `chart::gap` (the figures in words; the rule and
/// its caveats), inside a `div` of `class` (see `raw`).
#[component]
pub fn GapText(props: &GapTextProps) -> Html {
    let node = use_node_ref();
    let inner = super::raw::use_raw_html(&node, props.html.clone());
    html! { <div class={props.class.clone()} ref={node}>{ inner }</div> }
}
