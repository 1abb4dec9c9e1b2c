//! Which cards the list shows: the first [`CARD_LIMIT`] of the current view, or all of them
//! when the reader asked, and always the pinned and opened ones. Filters and search apply to
//! the whole set; the result line counts the whole set. Pure.

use crate::model::ModelRef;
use crate::state::{WidgetState, CARD_LIMIT, MAX_PINS};

/// Where a card of the list stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Listed {
    /// Shown.
    #[default]
    Shown,
    /// In the view, past the list's limit: one tap ("show all") away.
    More,
    /// Left out by the filters or the search.
    Filtered,
}

/// How a card of the list is shown (the list's decision for it, with the reader's own state).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CardState {
    pub listed: Listed,
    /// Expanded to its full facts and sources.
    pub open: bool,
    pub pinned: bool,
    /// The pin button is refused (the comparison is full and this card is not in it).
    pub pin_disabled: bool,
}

/// Every card's state, in `order`, and how many cards of the view are past the limit.
/// `passes[i]` says whether the model with index `i` is in the view.
pub fn states(order: &[ModelRef], passes: &[bool], s: &WidgetState) -> (Vec<CardState>, usize) {
    let full = s.pins.len() >= MAX_PINS;
    let mut in_view = 0;
    let mut more = 0;
    let states = order
        .iter()
        .map(|r| {
            let pinned = s.pins.contains(r);
            let open = s.open.contains(r);
            let listed = if !passes.get(usize::from(r.0)).copied().unwrap_or(false) {
                Listed::Filtered
            } else {
                in_view += 1;
                if s.all_cards || in_view <= CARD_LIMIT || pinned || open {
                    Listed::Shown
                } else {
                    more += 1;
                    Listed::More
                }
            };
            CardState {
                listed,
                open,
                pinned,
                pin_disabled: full && !pinned,
            }
        })
        .collect();
    (states, more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{reduce, Action};

    fn order(n: u16) -> Vec<ModelRef> {
        (0..n).map(ModelRef).collect()
    }

    fn listed(states: &[CardState]) -> Vec<Listed> {
        states.iter().map(|s| s.listed).collect()
    }

    #[test]
    fn shows_the_first_cards_of_the_view_and_counts_the_rest() {
        let s = WidgetState::default();
        let passes = vec![true; 10];
        let (st, more) = states(&order(10), &passes, &s);
        assert_eq!(more, 10 - CARD_LIMIT);
        assert!(st[..CARD_LIMIT].iter().all(|c| c.listed == Listed::Shown));
        assert!(st[CARD_LIMIT..].iter().all(|c| c.listed == Listed::More));
        let all = reduce(&s, Action::ShowAllCards(true));
        let (st, more) = states(&order(10), &passes, &all);
        assert_eq!(more, 0);
        assert!(st.iter().all(|c| c.listed == Listed::Shown));
    }

    #[test]
    fn the_limit_counts_only_cards_in_the_view() {
        let s = WidgetState::default();
        // Every other model is filtered out: the limit applies to those left.
        let passes: Vec<bool> = (0..20).map(|i| i % 2 == 0).collect();
        let (st, more) = states(&order(20), &passes, &s);
        let shown = st.iter().filter(|c| c.listed == Listed::Shown).count();
        assert_eq!(shown, CARD_LIMIT);
        assert_eq!(more, 10 - CARD_LIMIT);
        assert_eq!(st[1].listed, Listed::Filtered);
    }

    #[test]
    fn pinned_and_opened_cards_are_always_shown() {
        let late = ModelRef(9);
        let s = reduce(&WidgetState::default(), Action::TogglePin(late));
        let (st, _) = states(&order(10), &[true; 10], &s);
        assert_eq!(st[9].listed, Listed::Shown);
        assert!(st[9].pinned);
        let s = reduce(&WidgetState::default(), Action::SetOpen(ModelRef(8), true));
        let (st, more) = states(&order(10), &[true; 10], &s);
        assert_eq!(listed(&st)[8], Listed::Shown);
        assert!(st[8].open);
        assert_eq!(more, 10 - CARD_LIMIT - 1);
        // …but a pinned card the filters leave out stays out, as the result line says.
        let mut passes = [true; 10];
        passes[8] = false;
        let (st, _) = states(&order(10), &passes, &s);
        assert_eq!(st[8].listed, Listed::Filtered);
    }

    #[test]
    fn a_full_comparison_disables_the_other_pins() {
        let s = (0..MAX_PINS as u16).fold(WidgetState::default(), |s, i| {
            reduce(&s, Action::TogglePin(ModelRef(i)))
        });
        let (st, _) = states(&order(10), &[true; 10], &s);
        assert!(!st[0].pin_disabled && st[0].pinned);
        assert!(st[MAX_PINS].pin_disabled);
    }
}
