//! The chart's radio switches (the metric, the mode, the gap view's benchmark): one writer of
//! a switch's markup. A radio group is one Tab stop, the checked value (the first when the
//! current value is not offered); arrow keys move and choose (see `roving`).

use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::roving;

/// A switch named `name` between `labels`, `checked` the index of the checked one; each
/// button has `class`. `on_pick` receives the index picked, by a click or an arrow key.
pub fn switch(
    name: &'static str,
    class: &'static str,
    labels: impl IntoIterator<Item = &'static str>,
    checked: Option<usize>,
    on_pick: &Callback<usize>,
) -> Html {
    let onkeydown = {
        let on_pick = on_pick.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(i) = roving::on_key(&e, "[role=radiogroup]", "[role=radio]") {
                on_pick.emit(i);
            }
        })
    };
    let stop = checked.unwrap_or(0);
    html! {
        <div class="kllm-chart__switch" role="radiogroup" aria-label={name} {onkeydown}>
            { for labels.into_iter().enumerate().map(|(i, label)| {
                let on = checked == Some(i);
                html! {
                    <button type="button" role="radio" {class} aria-checked={if on { "true" } else { "false" }}
                        tabindex={roving::tabindex(i, stop)} onclick={on_pick.reform(move |_| i)}>{ label }</button>
                }
            }) }
        </div>
    }
}
