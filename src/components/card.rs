//! One model as a card.

use yew::prelude::*;

use crate::data::dataset;
use crate::model::Model;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub model: &'static Model,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let m = props.model;
    let org = dataset().org_of(m);
    let released = m
        .release_date()
        .map_or_else(|| "비공개".to_string(), |d| d.to_string());
    html! {
        <article class="kllm-card">
            <h3 class="kllm-card__title">{ m.name.ko.as_ref() }</h3>
            <p class="kllm-card__subtitle" lang="en">{ m.name.en.as_ref() }</p>
            <p class="kllm-card__org">{ org.name.ko.as_ref() }</p>
            <p class="kllm-card__date">{ released }</p>
        </article>
    }
}
