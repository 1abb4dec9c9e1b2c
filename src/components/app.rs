//! The root component: owns the widget state (one reducer), derives what the blocks show,
//! and lays them out. Side effects live here, never in `reduce`.

use yew::prelude::*;

use super::card_list::CardList;
use super::filter_panel::FilterPanel;
use super::footer::Footer;
use super::header::Header;
use super::release_note::ReleaseNote;
use super::skip_links::SkipLinks;
use super::toolbar::Toolbar;
use super::tray::Tray;
use super::url_sync::{requested, use_view_sync};
use super::Chart;
use crate::chips;
use crate::data::dataset;
use crate::filter::ordered;
use crate::i18n::{t, ui, Msg};
use crate::model::ModelRef;
use crate::options::Options;
use crate::settings::Theme;
use crate::state::{Action, WidgetState};
use crate::url_state::Decoded;
use crate::view::view;

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
            crate::console::warn(&format!("view option: {w}"));
        }
        state
    });
    // The page's link, read once: the view it asks for and the release it names.
    let start = use_memo(
        (base.clone(), props.options.sync_url),
        |(base, sync_url)| {
            if *sync_url {
                requested(base)
            } else {
                Decoded {
                    state: (**base).clone(),
                    warnings: Vec::new(),
                    release: None,
                }
            }
        },
    );
    let state = {
        let (target, hydrate) = (start.state.clone(), props.hydrate);
        // Hydration starts from the view as prerendered: the default, in the page's language.
        let page = WidgetState {
            lang: props.options.page.unwrap_or(crate::settings::Lang::DEFAULT),
            ..WidgetState::default()
        };
        use_reducer(move || match hydrate {
            true => page,
            false => target,
        })
    };
    let d = dataset();
    // The view as a share-link fragment, encoded once per change (the URL, the footer's
    // share link and the release note all use it).
    let fragment = AttrValue::from(crate::url_state::encode(&state, d));
    use_view_sync(
        state.clone(),
        start.state.clone(),
        (*base).clone(),
        props.options.sync_url,
        fragment.clone(),
    );
    // `data-ready` marks the moment the app runs (after hydration): tests and host pages
    // can wait for it; the prerendered HTML does not have it.
    // It is set on the element directly: a state change would render the whole app again
    // right after hydrating, for one attribute.
    let root_ref = use_node_ref();
    {
        let root_ref = root_ref.clone();
        use_effect_with((), move |_| {
            if let Some(root) = root_ref.cast::<web_sys::Element>() {
                let _ = root.set_attribute("data-ready", "1");
            }
        });
    }
    let chart_ref = use_node_ref();
    let lang = state.lang;

    // What the page shows (crate::view). The sort order is kept between states of one sort
    // and language: it is the costly part (a Hangul-aware sort).
    let full = use_memo((state.sort, lang), |&(key, lang)| ordered(d, key, lang));
    let v = view(d, &state, &full);
    // The filter panel is open: not part of the view a link shares.
    let panel = use_state(|| false);

    // Callbacks are made once: a child's props compare equal between renders only when its
    // callbacks are the same `Rc`, so fresh closures would re-render every card on every key.
    let on_action = use_stable_callback(&state, |d| Callback::from(move |a: Action| d.dispatch(a)));
    let on_pin = use_stable_callback(&state, |d| {
        Callback::from(move |r: ModelRef| d.dispatch(Action::TogglePin(r)))
    });
    let on_open = use_stable_callback(&state, |d| {
        Callback::from(move |(r, open): (ModelRef, bool)| d.dispatch(Action::SetOpen(r, open)))
    });
    let on_all_cards = use_stable_callback(&state, |d| {
        Callback::from(move |on| d.dispatch(Action::ShowAllCards(on)))
    });
    let on_all_rows = use_stable_callback(&state, |d| {
        Callback::from(move |on| d.dispatch(Action::ShowAllRows(on)))
    });
    let on_clear = use_stable_callback(&state, |d| {
        Callback::from(move |_| d.dispatch(Action::ClearPins))
    });
    let on_metric = use_stable_callback(&state, |d| {
        Callback::from(move |m| d.dispatch(Action::SetMetric(m)))
    });
    let on_mode = use_stable_callback(&state, |d| {
        Callback::from(move |v| d.dispatch(Action::SetChartMode(v)))
    });
    let on_gap_bench = use_stable_callback(&state, |d| {
        Callback::from(move |b| d.dispatch(Action::SetGapBench(b)))
    });
    let on_gap_set = use_stable_callback(&state, |d| {
        Callback::from(move |s| d.dispatch(Action::SetGapSet(s)))
    });
    let on_panel = {
        let panel = panel.clone();
        Callback::from(move |open| panel.set(open))
    };
    let on_compare = {
        let chart_ref = chart_ref.clone();
        (*use_memo((), move |_| {
            Callback::from(move |_| {
                if let Some(el) = chart_ref.cast::<web_sys::Element>() {
                    el.scroll_into_view();
                }
            })
        }))
        .clone()
    };
    let empty = v.shown.is_empty().then(|| {
        let hint = v
            .loosen
            .map(|g| ui::loosen(lang, chips::group_title(lang, g)))
            .unwrap_or_default();
        html! {
            <div class="kllm-empty">
                <p>{ t(lang, Msg::EmptyTitle) }{ " " }{ hint }</p>
                <button type="button" class="kllm-button" onclick={on_action.reform(|_| Action::ResetFilters)}>{ t(lang, Msg::Reset) }</button>
            </div>
        }
    });
    let corrections = props.options.corrections_link().map(AttrValue::Static);
    let linked = start.release.clone().map(AttrValue::from);
    let catalogue = AttrValue::from(props.options.catalogue(lang));

    html! {
        <section class={root_class(state.theme, props.options.transparent)} lang={lang.slug()} aria-label={t(lang, Msg::Title)} ref={root_ref}>
            <SkipLinks {lang} />
            <Header {lang} on_action={on_action.clone()} />
            <ReleaseNote {lang} sync_url={props.options.sync_url} fragment={fragment.clone()} {linked} />
            <p class="kllm-nojs-note" hidden=true>{ t(lang, Msg::NoScript) }</p>
            <p class="kllm-failed-note" hidden=true>{ t(lang, Msg::NotWorking) }</p>
            <Toolbar {lang} query={AttrValue::from(state.query.clone())} active={v.active}
                results={AttrValue::from(ui::results(lang, v.shown.len(), v.total))}
                open={*panel} on_open={on_panel.clone()} on_action={on_action.clone()} />
            <FilterPanel {lang} groups={v.groups} sort={state.sort} theme={state.theme} active={v.filtering}
                open={*panel} on_open={on_panel} on_action={on_action.clone()} />
            <div class="kllm-chart-slot" ref={chart_ref}>
                <Chart models={v.chart} metric={state.metric} mode={state.chart_mode} {lang}
                    {on_metric} {on_mode} all_rows={state.all_rows} {on_all_rows}
                    gap_bench={state.gap_bench} gap_set={state.gap_set.clone().map(AttrValue::from)} {on_gap_bench} {on_gap_set}
                    catalogue={catalogue.clone()} />
            </div>
            // One node whether or not it is empty: Yew matches unkeyed siblings from the end, so a
            // node that comes and goes would shift (and rebuild) every sibling before it.
            { empty.unwrap_or_default() }
            <CardList order={v.order} states={v.cards} more={v.more} in_view={v.shown.len()}
                {catalogue}
                all={state.all_cards} {lang} on_pin={on_pin.clone()} {on_open} on_all={on_all_cards} />
            <Tray {lang} pins={state.pins.clone()} on_unpin={on_pin.clone()} {on_clear} {on_compare} />
            <Footer {lang} shown={v.shown} {corrections} {fragment}
                share_base={props.options.share_page.clone().map(AttrValue::from)}
                asset_base={props.options.files_base()} />
        </section>
    }
}

/// A callback built once from the reducer's dispatcher (which never changes) and kept.
#[hook]
fn use_stable_callback<T: 'static>(
    state: &UseReducerHandle<WidgetState>,
    make: fn(UseReducerDispatcher<WidgetState>) -> Callback<T>,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    (*use_memo((), move |_| make(dispatcher))).clone()
}
