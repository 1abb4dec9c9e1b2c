//! What the page shows, derived in one place from the dataset and the widget's state: the
//! card order, the models in view, each card's state, the chips, the result line, the models
//! the chart compares. The root component, the prerenderer (through it) and the share
//! preview all read this; nothing else derives it. Pure.

use std::rc::Rc;

use crate::card::list::{states, CardState};
use crate::chips::{self, ActiveChip, ChipGroup};
use crate::filter::{ordered, visible_in, Group};
use crate::model::{Dataset, ModelRef};
use crate::settings::Metric;
use crate::state::WidgetState;

/// The page's content for one state.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// The cards, in the sort order: global references only when their chip is on. The
    /// filters hide cards rather than drop them (one attribute per card changes).
    pub order: Rc<[ModelRef]>,
    /// The models in view (the filters and the search passed), in the sort order.
    pub shown: Vec<ModelRef>,
    /// Each card of `order`: listed, past the list's limit or filtered; open; pinned.
    pub cards: Rc<[CardState]>,
    /// How many cards of the view are past the list's limit ("show all").
    pub more: usize,
    /// The filter chips with their live counts, and the ones in force.
    pub groups: Vec<ChipGroup>,
    pub active: Vec<ActiveChip>,
    /// How many models the result line counts the view against.
    pub total: usize,
    /// Whether any filter or search is in force.
    pub filtering: bool,
    /// The chip group to loosen when nothing is in view.
    pub loosen: Option<Group>,
    /// The models the chart compares (the gap view compares every model, on its own).
    pub chart: Rc<[ModelRef]>,
}

/// The page for `state`, from `full`: every model in the state's sort order (the caller may
/// keep it between states of one sort order and language, see [`ordered`]).
pub fn view(d: &'static Dataset, state: &WidgetState, full: &[ModelRef]) -> View {
    let references = state.filters.references;
    let order: Rc<[ModelRef]> = full
        .iter()
        .copied()
        .filter(|&r| references || !d.model(r).reference)
        .collect();
    let shown = visible_in(d, &state.filters, &state.query, &order);
    let mut passes = vec![false; d.models.len()];
    for r in &shown {
        passes[usize::from(r.0)] = true;
    }
    let (cards, more) = states(&order, &passes, state);
    let groups = chips::chip_groups(d, state);
    let active = chips::active_chips(&groups);
    let total = d
        .models
        .iter()
        .filter(|m| references || !m.reference)
        .count();
    let filtering = !state.filters.is_default() || !state.query.is_empty();
    let loosen = shown
        .is_empty()
        .then(|| chips::group_to_loosen(d, state))
        .flatten();
    let chart = chart_models(d, state, &shown, full).into();
    View {
        order,
        shown,
        cards: cards.into(),
        more,
        groups,
        active,
        total,
        filtering,
        loosen,
        chart,
    }
}

/// [`view`] with the sort order computed here.
pub fn view_of(d: &'static Dataset, state: &WidgetState) -> View {
    view(d, state, &ordered(d, state.sort, state.lang))
}

/// The models the chart compares: the pinned ones when there are any; on the timeline the
/// models in view together with the global references in view (the timeline compares them
/// whatever the reference chip says); otherwise the models in view.
fn chart_models(
    d: &Dataset,
    state: &WidgetState,
    shown: &[ModelRef],
    full: &[ModelRef],
) -> Vec<ModelRef> {
    if !state.pins.is_empty() {
        state.pins.clone()
    } else if state.metric == Metric::Timeline && !state.filters.references {
        let mut with_refs = state.filters.clone();
        with_refs.references = true;
        visible_in(d, &with_refs, &state.query, full)
    } else {
        shown.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::state::{reduce, Action};

    #[test]
    fn the_default_view_lists_korean_models_and_counts_them() {
        let d = dataset();
        let v = view_of(d, &WidgetState::default());
        let korean = d.models.iter().filter(|m| !m.reference).count();
        assert_eq!(
            (v.order.len(), v.shown.len(), v.total),
            (korean, korean, korean)
        );
        assert!(v.order.iter().all(|&r| !d.model(r).reference));
        assert!(!v.filtering && v.active.is_empty() && v.loosen.is_none());
        assert_eq!(v.cards.len(), v.order.len());
    }

    #[test]
    fn the_timeline_compares_global_references_too_and_pins_win() {
        let d = dataset();
        let time = reduce(&WidgetState::default(), Action::SetMetric(Metric::Timeline));
        let v = view_of(d, &time);
        assert!(v.chart.iter().any(|&r| d.model(r).reference));
        assert!(v.shown.iter().all(|&r| !d.model(r).reference));
        let exaone = d.find("exaone-3-5").unwrap();
        let pinned = reduce(&time, Action::TogglePin(exaone));
        assert_eq!(&*view_of(d, &pinned).chart, &[exaone]);
    }

    #[test]
    fn nothing_in_view_names_the_group_to_loosen() {
        let d = dataset();
        let s = reduce(
            &WidgetState::default(),
            Action::SetQuery("no such model".into()),
        );
        let v = view_of(d, &s);
        assert!(v.shown.is_empty() && v.filtering);
        assert_eq!(v.more, 0);
        let narrowed = reduce(
            &WidgetState::default(),
            Action::ToggleKind(crate::model::OrgKind::Game),
        );
        let narrowed = reduce(&narrowed, Action::SetQuery("Kanana".into()));
        assert!(view_of(d, &narrowed).loosen.is_some());
    }
}
