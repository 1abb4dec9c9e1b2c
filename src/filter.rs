//! Filters as a value: which models a reader sees, how many each chip would give, and their
//! order. Works on indices into the static dataset; never copies a model.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use crate::model::{Access, Dataset, Modality, Model, ModelRef, OrgKind, OrgRef};
use crate::search::Query;
use crate::state::{Era, Lang, SortKey, WidgetState};

/// The chip groups. Within a group chips are alternatives (OR); groups combine with AND.
/// An empty group does not filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filters {
    pub kinds: BTreeSet<OrgKind>,
    pub orgs: BTreeSet<OrgRef>,
    pub access: BTreeSet<Access>,
    pub modality: BTreeSet<Modality>,
    pub era: Era,
    /// Show the global reference models beside the Korean ones.
    pub references: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            kinds: BTreeSet::new(),
            orgs: BTreeSet::new(),
            access: BTreeSet::new(),
            modality: BTreeSet::new(),
            era: Era::DEFAULT,
            references: false,
        }
    }
}

/// A chip group, for counting what a chip would give with the other groups applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Kind,
    Org,
    Access,
    Modality,
    Era,
    References,
}

/// Whether `value` passes a chip group (`None`: the value is unknown, which only passes an
/// empty group).
fn passes<T: Ord>(set: &BTreeSet<T>, value: Option<&T>) -> bool {
    set.is_empty() || value.is_some_and(|v| set.contains(v))
}

impl Filters {
    /// Whether no chip is active (the reset control has nothing to do).
    pub fn is_default(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether `m` passes every group except `skip`.
    pub fn matches_except(&self, d: &Dataset, m: &Model, skip: Option<Group>) -> bool {
        let on = |g: Group| skip != Some(g);
        (!on(Group::References) || self.references || !m.reference)
            && (!on(Group::Era) || in_era(d, m, self.era))
            && (!on(Group::Kind) || passes(&self.kinds, Some(&d.org(m.org).kind)))
            && (!on(Group::Org) || passes(&self.orgs, Some(&m.org)))
            && (!on(Group::Access) || passes(&self.access, m.access.value()))
            && (!on(Group::Modality) || passes(&self.modality, m.modality.value()))
    }

    pub fn matches(&self, d: &Dataset, m: &Model) -> bool {
        self.matches_except(d, m, None)
    }
}

/// "As the article saw it": out on or before the article's date, or named by it.
pub fn in_era(d: &Dataset, m: &Model, era: Era) -> bool {
    match era {
        Era::Now => true,
        Era::Article => m.in_article || m.release_date().is_some_and(|r| r <= d.article.date),
    }
}

/// The models a state shows, in its sort order.
pub fn visible(d: &Dataset, s: &WidgetState) -> Vec<ModelRef> {
    let query = Query::new(&s.query);
    let mut out: Vec<ModelRef> = d
        .models
        .iter()
        .enumerate()
        .filter(|(_, m)| s.filters.matches(d, m) && query.matches(m, d.org_of(m)))
        .map(|(i, _)| ModelRef(i as u16))
        .collect();
    sort(d, &mut out, s.sort, s.lang);
    out
}

/// How many models the state would show if `group` were replaced by one chip `pick`
/// (the live count on a chip). `pick` tests a model against that chip alone.
pub fn count_with(
    d: &Dataset,
    s: &WidgetState,
    group: Group,
    pick: impl Fn(&Model) -> bool,
) -> usize {
    let query = Query::new(&s.query);
    d.models
        .iter()
        .filter(|m| {
            s.filters.matches_except(d, m, Some(group)) && pick(m) && query.matches(m, d.org_of(m))
        })
        .count()
}

/// Orders `a` and `b`, unknowns last whatever the direction.
fn unknown_last<T: PartialOrd>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => {
            let o = a.partial_cmp(&b).unwrap_or(Ordering::Equal);
            if descending {
                o.reverse()
            } else {
                o
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Sorts by `key`; ties by name in `lang`, then id, so the order is total (and an unstable
/// sort, smaller in the wasm, gives the same result).
pub fn sort(d: &Dataset, refs: &mut [ModelRef], key: SortKey, lang: Lang) {
    let name = |m: &Model| match lang {
        Lang::Ko => m.name.ko.to_lowercase(),
        Lang::En => m.name.en.to_lowercase(),
    };
    refs.sort_unstable_by(|&a, &b| {
        let (ma, mb) = (d.model(a), d.model(b));
        let primary = match key {
            SortKey::Newest => unknown_last(ma.release_date(), mb.release_date(), true),
            SortKey::Oldest => unknown_last(ma.release_date(), mb.release_date(), false),
            SortKey::Largest => unknown_last(ma.largest_params(), mb.largest_params(), true),
            SortKey::Name => Ordering::Equal,
        };
        primary
            .then_with(|| name(ma).cmp(&name(mb)))
            .then_with(|| ma.id.cmp(&mb.id))
    });
}
