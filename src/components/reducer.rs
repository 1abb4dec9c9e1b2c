//! `use_reducer`'s adapter for the pure state: the view layer's only hook into `state::reduce`.

use std::rc::Rc;

use crate::state::{reduce, Action, WidgetState};

impl yew::Reducible for WidgetState {
    type Action = Action;

    /// The next state, or the same `Rc` when the action changed nothing (so nothing renders).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = reduce(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
