//! The gap view's own blocks inside the chart: the benchmark switch and the setting choice,
//! the figures as sentences (at the article's date and now) with who measured the scores,
//! and the rule with its caveats. Everything shown is computed by `crate::chart::gap`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::switch::switch;
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

/// The benchmarks with a figure, as a switch like the metric switch (`switch`), and the
/// comparisons of the chosen one (when there are several) as a select.
#[component]
pub fn GapControls(props: &GapControlsProps) -> Html {
    let (lang, gap) = (props.lang, &props.gap);
    let benches = use_memo((), |_| crate::gap::benchmarks(dataset()));
    let onchange = props.on_set.reform(|e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| s.value())
    });
    // None is checked when a link chose a benchmark without a figure (the first is the stop).
    let checked = benches.iter().position(|&b| b == gap.bench);
    let on_pick = {
        let benches = benches.clone();
        props.on_bench.reform(move |i: usize| benches[i])
    };
    let switch = switch(
        t(lang, ChartMsg::BenchmarkGroup),
        "kllm-chart__toggle kllm-chart__bench",
        benches.iter().map(|b| b.name()),
        checked,
        &on_pick,
    );
    html! {
        <div class="kllm-chart__gap-controls">
            { switch }
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
