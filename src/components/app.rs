//! The root component: owns the widget state (one reducer), derives what the blocks show,
//! and lays them out. Side effects live here, never in `reduce`.

use yew::prelude::*;

use super::controls::Controls;
use super::filters::Filters;
use super::footer::Footer;
use super::header::Header;
use super::share::Share;
use super::tray::Tray;
use super::url_sync::{requested, use_view_sync};
use super::{Card, Chart};
use crate::data::dataset;
use crate::filter::visible;
use crate::i18n::{self, t, Msg};
use crate::model::ModelRef;
use crate::options::Options;
use crate::state::{Action, Metric, Theme, WidgetState, MAX_PINS};
use crate::view;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// What the host page asked for (see `options.rs`).
    #[prop_or_default]
    pub options: Options,
    /// The page holds this view prerendered: start from the default view, exactly as the
    /// prerenderer did, and move to the requested one after hydrating.
    #[prop_or_default]
    pub hydrate: bool,
}

/// The root element's classes: theme and background are CSS hooks.
fn root_class(theme: Theme, transparent: bool) -> Classes {
    classes!(
        "kllm",
        format!("kllm--theme-{}", theme.slug()),
        transparent.then_some("kllm--transparent")
    )
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The view the options ask for, before the URL fragment is read over it.
    let base = use_memo(props.options.clone(), |options| {
        let (state, warnings) = options.initial_state(dataset());
        for w in warnings {
            crate::warn(&format!("view option: {w}"));
        }
        state
    });
    let state = {
        let (base, hydrate, sync_url) = ((*base).clone(), props.hydrate, props.options.sync_url);
        use_reducer(move || match (hydrate, sync_url) {
            (true, _) => WidgetState::default(),
            (false, true) => requested(&base),
            (false, false) => base,
        })
    };
    use_view_sync(state.clone(), (*base).clone(), props.options.sync_url);
    // `data-ready` marks the moment the app runs (after hydration): tests and host pages
    // can wait for it; the prerendered HTML does not have it.
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| ready.set(true));
    }
    let chart_ref = use_node_ref();
    let d = dataset();
    let lang = state.lang;

    let shown: Vec<ModelRef> = visible(d, &state);
    let groups = view::chip_groups(d, &state);
    let total = d
        .models
        .iter()
        .filter(|m| state.filters.references || !m.reference)
        .count();
    let filtering = !state.filters.is_default() || !state.query.is_empty();

    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_pin = on_action.reform(Action::TogglePin);
    let on_clear = on_action.reform(|_| Action::ClearPins);
    let on_compare = {
        let chart_ref = chart_ref.clone();
        Callback::from(move |_| {
            if let Some(el) = chart_ref.cast::<web_sys::Element>() {
                el.scroll_into_view();
            }
        })
    };
    let empty = shown.is_empty().then(|| {
        let hint = view::group_to_loosen(d, &state)
            .map(|g| i18n::loosen(lang, view::group_title(lang, g)))
            .unwrap_or_default();
        html! {
            <div class="kllm-empty">
                <p>{ t(lang, Msg::EmptyTitle) }{ " " }{ hint }</p>
                <button type="button" class="kllm-button" onclick={on_action.reform(|_| Action::ResetFilters)}>{ t(lang, Msg::Reset) }</button>
            </div>
        }
    });
    let pins_full = state.pins.len() >= MAX_PINS;
    let corrections = props.options.corrections.clone().map_or(
        AttrValue::Static(super::footer::CORRECTIONS_DEFAULT),
        AttrValue::from,
    );
    // The chart compares the pinned models when there are any, otherwise what the filters
    // show; the timeline always sets the global releases beside the Korean ones (the story).
    let chart_models: std::rc::Rc<[ModelRef]> = if !state.pins.is_empty() {
        state.pins.iter().copied().collect()
    } else if state.metric == Metric::Timeline && !state.filters.references {
        let mut with_refs = (*state).clone();
        with_refs.filters.references = true;
        visible(d, &with_refs).into_iter().collect()
    } else {
        shown.iter().copied().collect()
    };

    html! {
        <section class={root_class(state.theme, props.options.transparent)} lang={lang.slug()} aria-label={t(lang, Msg::Title)} data-ready={ready.then_some("1")}>
            <Header {lang} />
            <p class="kllm-nojs-note" hidden=true>{ t(lang, Msg::NoScript) }</p>
            <Controls {lang} query={AttrValue::from(state.query.clone())} sort={state.sort} theme={state.theme} on_action={on_action.clone()} />
            <Filters {lang} groups={groups} active={filtering} on_action={on_action.clone()} />
            <div class="kllm-summary">
                <p class="kllm-results" role="status" aria-live="polite">{ i18n::results(lang, shown.len(), total) }</p>
                <Share {lang} fragment={AttrValue::from(crate::url_state::encode(&state, d))} />
            </div>
            <div class="kllm-chart-slot" ref={chart_ref}>
                <Chart models={chart_models} metric={state.metric} view={state.chart_view} {lang}
                    on_metric={on_action.reform(Action::SetMetric)} on_view={on_action.reform(Action::SetChartView)} />
            </div>
            { for empty }
            <ul class="kllm-cards">
                { for shown.iter().map(|&r| html! {
                    <li key={d.model(r).id.as_ref()} class="kllm-cards__item">
                        <Card model={r} {lang} pinned={state.pins.contains(&r)} {pins_full} on_pin={on_pin.clone()} />
                    </li>
                }) }
            </ul>
            <Tray {lang} pins={state.pins.clone()} on_unpin={on_action.reform(Action::TogglePin)} {on_clear} {on_compare} />
            <Footer {lang} shown={shown.clone()} {corrections} asset_base={props.options.asset_base.clone().map(AttrValue::from).unwrap_or_default()} />
        </section>
    }
}
