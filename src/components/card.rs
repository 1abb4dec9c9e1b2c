//! One model as a card: names, facts with their status, a highlight, badges, and every
//! source in a disclosure that works without hover (and without JavaScript).

use yew::prelude::*;

use crate::data::dataset;
use crate::i18n::{self, t, Label, Msg};
use crate::model::{Model, ModelRef, Source, Status};
use crate::state::Lang;
use crate::view::{self, Row};

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub model: ModelRef,
    pub lang: Lang,
    pub pinned: bool,
    /// No more pins can be added (the pin button of an unpinned card is disabled).
    pub pins_full: bool,
    pub on_pin: Callback<ModelRef>,
}

fn status_badge(lang: Lang, status: Option<Status>) -> Html {
    match status {
        None | Some(Status::Verified) => html! {},
        Some(s) => {
            html! { <span class={classes!("kllm-status", format!("kllm-status--{}", s.slug()))}>{ s.label(lang) }</span> }
        }
    }
}

fn source_link(s: &'static Source) -> Html {
    html! { <a class="kllm-source" href={s.url.as_ref()} rel="noopener" target="_blank">{ format!("{} — {}", s.publisher, s.title) }</a> }
}

fn provenance_item(lang: Lang, r: &Row) -> Html {
    let p = &r.provenance;
    let status = match (p.status, r.unknown) {
        (Some(s), _) => s.label(lang),
        (None, Some(u)) => u.label(lang),
        (None, None) => "",
    };
    html! {
        <li key={r.key}>
            <strong>{ r.label }</strong>{ format!(" · {status}") }
            { for p.source.map(|s| html! { <>{ " · " }{ source_link(s) }</> }) }
            { for p.note.map(|n| html! { <span class="kllm-card__note">{ n }</span> }) }
            { if p.alternatives.is_empty() { html! {} } else { html! {
                <ul class="kllm-card__alternatives" aria-label={t(lang, Msg::Alternatives)}>
                    { for p.alternatives.iter().map(|(v, st, s)| html! {
                        <li>{ format!("{} {v} · {} · ", t(lang, Msg::Alternatives), st.label(lang)) }{ source_link(s) }</li>
                    }) }
                </ul>
            } } }
        </li>
    }
}

fn badges(lang: Lang, m: &Model) -> Html {
    let list = [
        (m.in_article, "article", Msg::InArticle),
        (m.ecosystem_graphs.is_some(), "eg", Msg::EcosystemGraphs),
        (m.reference, "reference", Msg::Reference),
    ];
    html! {
        <ul class="kllm-card__badges">
            { for list.into_iter().filter(|b| b.0).map(|(_, key, msg)| html! {
                <li class={classes!("kllm-badge", format!("kllm-badge--{key}"))}>{ t(lang, msg) }</li>
            }) }
        </ul>
    }
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let d = dataset();
    let lang = props.lang;
    let m = d.model(props.model);
    let org = d.org_of(m);
    let rows = view::card_rows(d, m, lang);
    let highlight = view::highlight(m);
    let title_id = format!("kllm-card-{}", m.id);
    let name = i18n::text(lang, &m.name);
    let on_pin = {
        let (cb, r) = (props.on_pin.clone(), props.model);
        Callback::from(move |_| cb.emit(r))
    };
    let pin_disabled = props.pins_full && !props.pinned;
    let class = classes!(
        "kllm-card",
        m.reference.then_some("kllm-card--reference"),
        props.pinned.then_some("kllm-card--pinned")
    );

    html! {
        <article {class} aria-labelledby={title_id.clone()}>
            <div class="kllm-card__head">
                <div class="kllm-card__names">
                    <h3 class="kllm-card__title" id={title_id}>{ name }</h3>
                    <p class="kllm-card__subtitle" lang={if lang == Lang::Ko { "en" } else { "ko" }}>{ i18n::other(lang, &m.name) }</p>
                </div>
                <button type="button" class="kllm-pin" aria-pressed={props.pinned.to_string()}
                    aria-label={i18n::pin_label(lang, name, props.pinned)} disabled={pin_disabled}
                    title={pin_disabled.then(|| t(lang, Msg::PinLimit))} onclick={on_pin}>
                    <span aria-hidden="true">{ if props.pinned { "✓" } else { "+" } }</span>
                </button>
            </div>
            <p class="kllm-card__org">
                { i18n::text(lang, &org.name) }<span class="kllm-card__kind">{ format!(" · {}", org.kind.label(lang)) }</span>
            </p>
            { badges(lang, m) }
            <dl class="kllm-card__facts">
                { for rows.iter().map(|r| html! {
                    <div key={r.key} class={classes!("kllm-fact", r.unknown.is_some().then_some("kllm-fact--unknown"))}>
                        <dt class="kllm-fact__label">{ r.label }</dt>
                        <dd class="kllm-fact__value">{ &r.value }{ status_badge(lang, r.provenance.status) }</dd>
                    </div>
                }) }
            </dl>
            { for highlight.map(|h| html! {
                <p class="kllm-card__highlight">
                    <strong>{ t(lang, Msg::Highlight) }</strong>{ " " }{ view::highlight_text(d, m, &h, lang) }
                    { status_badge(lang, Some(match h { view::Highlight::Score(b) => b.status, view::Highlight::Claim(c) => c.status })) }
                </p>
            }) }
            { for m.note.as_ref().map(|n| html! { <p class="kllm-card__note">{ i18n::text(lang, n) }</p> }) }
            <details class="kllm-card__sources">
                <summary>{ t(lang, Msg::SourcesSummary) }</summary>
                <ul class="kllm-card__provenance">
                    { for rows.iter().map(|r| provenance_item(lang, r)) }
                    { for m.benchmarks.iter().enumerate().map(|(i, b)| html! {
                        <li key={format!("b{i}")}>
                            <strong>{ b.benchmark.name() }</strong>
                            { format!(" {} · {}: {} · {} · ", crate::format::score(b.value), t(lang, Msg::MeasuredBy), i18n::text(lang, &d.org(b.measured_by).name), b.status.label(lang)) }
                            { source_link(d.source(b.source)) }
                        </li>
                    }) }
                    { for m.claims.iter().enumerate().map(|(i, c)| html! {
                        <li key={format!("c{i}")}>
                            <strong>{ t(lang, Msg::Claimed) }</strong>{ format!(" {} · {} · ", i18n::text(lang, &c.text), c.status.label(lang)) }
                            { source_link(d.source(c.source)) }
                            { for c.note.as_ref().map(|n| html! { <span class="kllm-card__note">{ i18n::text(lang, n) }</span> }) }
                        </li>
                    }) }
                    { for m.ecosystem_graphs.as_ref().map(|e| html! {
                        <li key="eg"><strong>{ t(lang, Msg::EcosystemGraphs) }</strong>{ format!(" · {} · ", e.name) }{ source_link(d.source(e.source)) }</li>
                    }) }
                </ul>
            </details>
        </article>
    }
}
