//! The root component: owns the widget state and lays out the blocks.

use yew::prelude::*;

use std::rc::Rc;

use super::{Card, Chart};
use crate::data::dataset;
use crate::model::{Model, ModelRef};
use crate::state::{ChartView, Lang, Metric};

/// Models to show: Korean ones always, global references when asked for.
pub fn visible_models(show_references: bool) -> Vec<&'static Model> {
    dataset()
        .models
        .iter()
        .filter(|m| show_references || !m.reference)
        .collect()
}

#[component]
pub fn App() -> Html {
    let show_references = use_state(|| false);
    let models = visible_models(*show_references);
    let reference_count = dataset().models.iter().filter(|m| m.reference).count();
    let toggle = {
        let show_references = show_references.clone();
        Callback::from(move |_| show_references.set(!*show_references))
    };
    let status = format!("{}개 모델", models.len());
    // Temporary chart mount (the root reducer will own metric and view).
    let metric = use_state(|| Metric::DEFAULT);
    let view = use_state(|| ChartView::DEFAULT);
    let chart_models: Rc<[ModelRef]> = models
        .iter()
        .filter_map(|m| dataset().find(&m.id))
        .collect();

    html! {
        <section class="kllm" lang="ko">
            <header class="kllm-header">
                <h2 class="kllm-header__title">{ "한국의 거대언어모델" }</h2>
            </header>
            <div class="kllm-controls">
                <button type="button" class="kllm-chip" aria-pressed={show_references.to_string()} onclick={toggle}>
                    { format!("글로벌 비교 모델 ({reference_count})") }
                </button>
            </div>
            <p class="kllm-status" role="status" aria-live="polite">{ status }</p>
            <ul class="kllm-cards">
                { for models.into_iter().map(|m| html! { <li key={m.id.as_ref()}><Card model={m} /></li> }) }
            </ul>
            <Chart models={chart_models} metric={*metric} view={*view} lang={Lang::Ko}
                on_metric={Callback::from(move |m| metric.set(m))} on_view={Callback::from(move |v| view.set(v))} />
        </section>
    }
}
