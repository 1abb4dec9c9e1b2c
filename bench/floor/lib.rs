//! A search box filtering a three-item list: the least a Yew widget of this kind needs.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct ItemProps {
    name: AttrValue,
}

#[function_component]
fn Item(props: &ItemProps) -> Html {
    html! { <li>{ props.name.clone() }</li> }
}

#[function_component]
fn App() -> Html {
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let items = ["HyperCLOVA X", "EXAONE", "Kanana"]
        .into_iter()
        .filter(|name| name.to_lowercase().contains(&query.to_lowercase()))
        .map(|name| html! { <Item key={name} name={name} /> });
    html! {
        <section>
            <input type="search" {oninput} value={(*query).clone()} />
            <ul>{ for items }</ul>
            <p>{ format!("{} shown", items_len(&query)) }</p>
        </section>
    }
}

fn items_len(query: &str) -> usize {
    ["HyperCLOVA X", "EXAONE", "Kanana"]
        .iter()
        .filter(|name| name.to_lowercase().contains(&query.to_lowercase()))
        .count()
}

#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body());
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root.into()).hydrate();
    }
}
