//! The widget's state as one value, changed only by [`reduce`]. Pure: the root component
//! wraps it in `use_reducer` (the `Reducible` adapter lives with the components); side effects
//! (URL, storage, messages) happen in effects there.

use crate::filter::Filters;
use crate::model::{Access, BenchmarkId, Modality, ModelRef, OrgKind, OrgRef};
use crate::settings::{ChartMode, Era, Lang, Metric, SortKey, Theme};

/// At most this many models can be pinned for comparison.
pub const MAX_PINS: usize = 6;
/// The card list shows this many cards of the current view until the reader asks for all:
/// two rows of three on a wide column, six compact cards on a phone.
pub const CARD_LIMIT: usize = 6;
/// The chart draws this many rows until the reader asks for all of them.
pub const CHART_LIMIT: usize = 10;
/// The benchmark the gap view starts on.
pub const GAP_BENCH: BenchmarkId = BenchmarkId::Mmlu;

/// Everything a reader can change; the share link stores all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    pub filters: Filters,
    /// The search box's text, as typed.
    pub query: String,
    pub sort: SortKey,
    /// Pinned models in pinning order, at most [`MAX_PINS`].
    pub pins: Vec<ModelRef>,
    pub lang: Lang,
    pub theme: Theme,
    pub metric: Metric,
    pub chart_mode: ChartMode,
    /// Expanded cards, in the order they were opened.
    pub open: Vec<ModelRef>,
    /// Every card of the view is listed, not only the first [`CARD_LIMIT`].
    pub all_cards: bool,
    /// The chart draws every row, not only [`CHART_LIMIT`].
    pub all_rows: bool,
    /// The gap view's benchmark.
    pub gap_bench: BenchmarkId,
    /// The gap view's comparison on that benchmark (`gap::Protocol::slug`); `None` is the
    /// benchmark's default comparison.
    pub gap_set: Option<String>,
}

impl Default for WidgetState {
    fn default() -> Self {
        WidgetState {
            filters: Filters::default(),
            query: String::new(),
            sort: SortKey::DEFAULT,
            pins: Vec::new(),
            lang: Lang::DEFAULT,
            theme: Theme::DEFAULT,
            metric: Metric::DEFAULT,
            chart_mode: ChartMode::DEFAULT,
            open: Vec::new(),
            all_cards: false,
            all_rows: false,
            gap_bench: GAP_BENCH,
            gap_set: None,
        }
    }
}

/// A change a reader (or the page) asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleKind(OrgKind),
    ToggleOrg(OrgRef),
    ToggleAccess(Access),
    ToggleModality(Modality),
    SetEra(Era),
    SetReferences(bool),
    /// Only the models of the government programme (`true`), or every model.
    SetProgramme(bool),
    ResetFilters,
    SetQuery(String),
    SetSort(SortKey),
    TogglePin(ModelRef),
    ClearPins,
    SetLang(Lang),
    SetTheme(Theme),
    SetMetric(Metric),
    SetChartMode(ChartMode),
    /// A card was opened (`true`) or closed.
    SetOpen(ModelRef, bool),
    ShowAllCards(bool),
    ShowAllRows(bool),
    /// The gap view's benchmark (its default comparison).
    SetGapBench(BenchmarkId),
    /// The gap view's comparison, by slug (`None`: the default).
    SetGapSet(Option<String>),
    /// Replace everything (a share link was opened or the fragment changed).
    Restore(Box<WidgetState>),
}

/// The state after `action`. Pure and total: an action that cannot apply (a seventh pin)
/// leaves the state as it was.
pub fn reduce(state: &WidgetState, action: Action) -> WidgetState {
    let mut s = state.clone();
    match action {
        Action::ToggleKind(k) => s.filters.kinds.toggle(k),
        Action::ToggleOrg(o) => s.filters.orgs.toggle(o),
        Action::ToggleAccess(a) => s.filters.access.toggle(a),
        Action::ToggleModality(m) => s.filters.modality.toggle(m),
        Action::SetEra(e) => s.filters.era = e,
        Action::SetReferences(on) => s.filters.references = on,
        Action::SetProgramme(on) => s.filters.programme = on,
        Action::ResetFilters => {
            s.filters = Filters::default();
            s.query.clear();
        }
        Action::SetQuery(q) => s.query = q,
        Action::SetSort(k) => s.sort = k,
        Action::TogglePin(m) => {
            if let Some(i) = s.pins.iter().position(|&p| p == m) {
                s.pins.remove(i);
            } else if s.pins.len() < MAX_PINS {
                s.pins.push(m);
            }
        }
        Action::ClearPins => s.pins.clear(),
        Action::SetLang(l) => s.lang = l,
        Action::SetTheme(t) => s.theme = t,
        Action::SetMetric(m) => s.metric = m,
        Action::SetChartMode(v) => s.chart_mode = v,
        Action::SetOpen(m, open) => {
            let at = s.open.iter().position(|&o| o == m);
            match (at, open) {
                (None, true) => s.open.push(m),
                (Some(i), false) => drop(s.open.remove(i)),
                _ => {}
            }
        }
        Action::ShowAllCards(on) => s.all_cards = on,
        Action::ShowAllRows(on) => s.all_rows = on,
        Action::SetGapBench(b) => {
            if b != s.gap_bench {
                s.gap_set = None;
            }
            s.gap_bench = b;
        }
        Action::SetGapSet(set) => s.gap_set = set,
        Action::Restore(new) => s = *new,
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(actions: impl IntoIterator<Item = Action>) -> WidgetState {
        actions
            .into_iter()
            .fold(WidgetState::default(), |s, a| reduce(&s, a))
    }

    #[test]
    fn toggling_a_chip_twice_restores_the_filter() {
        let s = apply([Action::ToggleKind(OrgKind::Startup)]);
        assert!(s.filters.kinds.contains(&OrgKind::Startup));
        let s = reduce(&s, Action::ToggleKind(OrgKind::Startup));
        assert_eq!(s, WidgetState::default());
    }

    #[test]
    fn pins_stop_at_six_and_unpin_in_place() {
        let s = apply((0..8).map(|i| Action::TogglePin(ModelRef(i))));
        assert_eq!(s.pins, (0..6).map(ModelRef).collect::<Vec<_>>());
        let s = reduce(&s, Action::TogglePin(ModelRef(2)));
        assert_eq!(s.pins, [0, 1, 3, 4, 5].map(ModelRef));
    }

    #[test]
    fn cards_open_once_and_close_in_place() {
        let s = apply([
            Action::SetOpen(ModelRef(3), true),
            Action::SetOpen(ModelRef(1), true),
            Action::SetOpen(ModelRef(3), true),
        ]);
        assert_eq!(s.open, [ModelRef(3), ModelRef(1)]);
        let s = reduce(&s, Action::SetOpen(ModelRef(3), false));
        assert_eq!(s.open, [ModelRef(1)]);
        assert_eq!(reduce(&s, Action::SetOpen(ModelRef(9), false)), s);
    }

    #[test]
    fn a_new_gap_benchmark_starts_on_its_default_comparison() {
        let s = apply([
            Action::SetMetric(Metric::Gap),
            Action::SetGapSet(Some("instruct.0shot.cot".into())),
        ]);
        assert_eq!(reduce(&s, Action::SetGapBench(GAP_BENCH)), s);
        let s = reduce(&s, Action::SetGapBench(BenchmarkId::Kmmlu));
        assert_eq!((s.gap_bench, s.gap_set), (BenchmarkId::Kmmlu, None));
    }

    #[test]
    fn reset_clears_filters_and_search_but_keeps_pins_and_language() {
        let s = apply([
            Action::ToggleAccess(Access::Api),
            Action::SetEra(Era::Article),
            Action::SetQuery("엑사원".into()),
            Action::TogglePin(ModelRef(1)),
            Action::SetLang(Lang::En),
            Action::ResetFilters,
        ]);
        assert_eq!(s.filters, Filters::default());
        assert!(s.query.is_empty());
        assert_eq!(s.pins, [ModelRef(1)]);
        assert_eq!(s.lang, Lang::En);
    }
}
