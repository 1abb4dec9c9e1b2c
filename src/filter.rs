//! Filters as a value: which models a reader sees, how many each chip would give, and their
//! order. Works on indices into the static dataset; never copies a model.

use std::cmp::Ordering;

use crate::sort::sort_small;
use std::fmt;
use std::marker::PhantomData;

use crate::model::{Access, Dataset, Modality, Model, ModelRef, OrgKind, OrgRef, MAX_ORGS};
use crate::search::Query;
use crate::settings::{Era, Lang, SortKey};

/// A value that can be in a [`Set`]: its position among the values of its type, below 64.
pub trait Member: Copy {
    fn index(self) -> usize;
    /// The value at `index`, if there is one.
    fn from_index(index: usize) -> Option<Self>;
}

/// Enums are members by declaration order (their `Ord`).
macro_rules! enum_member {
    ($($name:ident),+) => {$(
        const _: () = assert!($name::ALL.len() <= 64);

        impl Member for $name {
            fn index(self) -> usize {
                self as usize
            }
            fn from_index(index: usize) -> Option<Self> {
                $name::ALL.get(index).copied()
            }
        }
    )+};
}
enum_member!(OrgKind, Access, Modality);

// `dataset::rules` fails the build when the dataset has more organisations.
const _: () = assert!(MAX_ORGS <= 64);

impl Member for OrgRef {
    fn index(self) -> usize {
        usize::from(self.0)
    }
    fn from_index(index: usize) -> Option<Self> {
        Some(OrgRef(index as u16))
    }
}

/// The chips pressed in one group, one bit per value: a `Copy` value, far smaller in the wasm
/// than a `BTreeSet`. Iterates in ascending order, as a `BTreeSet` would.
pub struct Set<T> {
    bits: u64,
    of: PhantomData<T>,
}

impl<T: Member> Set<T> {
    pub const fn new() -> Self {
        Set {
            bits: 0,
            of: PhantomData,
        }
    }

    /// The bit of `value` (none for an index past 63, which the build rules out).
    fn bit(value: T) -> u64 {
        1u64.checked_shl(value.index() as u32).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    pub fn contains(&self, value: &T) -> bool {
        self.bits & Self::bit(*value) != 0
    }

    pub fn insert(&mut self, value: T) {
        self.bits |= Self::bit(value);
    }

    /// Adds `value` when absent, removes it when present.
    pub fn toggle(&mut self, value: T) {
        self.bits ^= Self::bit(value);
    }

    /// The members, in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = T> {
        let bits = self.bits;
        (0..64)
            .filter(move |i| bits >> i & 1 == 1)
            .filter_map(T::from_index)
    }
}

// Written out: derives would ask `T` for the same traits.
impl<T> Clone for Set<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Set<T> {}
impl<T> PartialEq for Set<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for Set<T> {}
impl<T: Member> Default for Set<T> {
    fn default() -> Self {
        Set::new()
    }
}
impl<T: Member> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Set::new();
        for value in iter {
            set.insert(value);
        }
        set
    }
}
impl<T: Member + fmt::Debug> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The chip groups. Within a group chips are alternatives (OR); groups combine with AND.
/// An empty group does not filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filters {
    pub kinds: Set<OrgKind>,
    pub orgs: Set<OrgRef>,
    pub access: Set<Access>,
    pub modality: Set<Modality>,
    pub era: Era,
    /// Show the global reference models beside the Korean ones.
    pub references: bool,
    /// Only models entered in a government programme (the sovereign AI foundation models).
    pub programme: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            kinds: Set::new(),
            orgs: Set::new(),
            access: Set::new(),
            modality: Set::new(),
            era: Era::DEFAULT,
            references: false,
            programme: false,
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
    Programme,
}

/// Whether `value` passes a chip group (`None`: the value is unknown, which only passes an
/// empty group).
fn passes<T: Member>(set: &Set<T>, value: Option<&T>) -> bool {
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
            && (!on(Group::Programme) || !self.programme || d.in_programme(m))
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

/// How many models `filters` and `query` would let through if `group` were replaced by one
/// chip `pick` (the live count on a chip). `pick` tests a model against that chip alone.
pub fn count_with(
    d: &Dataset,
    filters: &Filters,
    query: &str,
    group: Group,
    pick: impl Fn(&Model) -> bool,
) -> usize {
    let query = Query::new(query);
    d.models
        .iter()
        .filter(|m| {
            filters.matches_except(d, m, Some(group)) && pick(m) && query.matches(m, d.org_of(m))
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

/// Sorts by `key`; ties by name in `lang`, then id, so the order is total.
pub fn sort(d: &Dataset, refs: &mut [ModelRef], key: SortKey, lang: Lang) {
    // Lower-cased names are made once, not in every comparison (a 1,000-model list makes a
    // few hundred thousand of them).
    let mut keyed: Vec<(ModelRef, String)> = refs
        .iter()
        .map(|&r| {
            let m = d.model(r);
            (r, crate::i18n::text(lang, &m.name).to_lowercase())
        })
        .collect();
    sort_small(&mut keyed, |(a, na), (b, nb)| {
        let (ma, mb) = (d.model(*a), d.model(*b));
        let primary = match key {
            SortKey::Newest => unknown_last(ma.release_date(), mb.release_date(), true),
            SortKey::Oldest => unknown_last(ma.release_date(), mb.release_date(), false),
            SortKey::Largest => unknown_last(ma.largest_params(), mb.largest_params(), true),
            SortKey::Name => Ordering::Equal,
        };
        primary
            .then_with(|| na.cmp(nb))
            .then_with(|| ma.id.cmp(&mb.id))
    });
    for (slot, (r, _)) in refs.iter_mut().zip(keyed) {
        *slot = r;
    }
}

/// Every model, in the order `key` and `lang` put them: the card list keeps all of them in
/// this order and hides the ones the filters leave out.
pub fn ordered(d: &Dataset, key: SortKey, lang: Lang) -> Vec<ModelRef> {
    let mut all = ordered_ids(d);
    sort(d, &mut all, key, lang);
    all
}

/// Every model, in dataset order.
fn ordered_ids(d: &Dataset) -> Vec<ModelRef> {
    (0..d.models.len()).map(|i| ModelRef(i as u16)).collect()
}

/// The models of `order` that `filters` and `query` let through, in that order (a list from
/// [`ordered`] gives the same models as [`visible`] without sorting again).
pub fn visible_in(
    d: &Dataset,
    filters: &Filters,
    query: &str,
    order: &[ModelRef],
) -> Vec<ModelRef> {
    let query = Query::new(query);
    order
        .iter()
        .copied()
        .filter(|&r| {
            let m = d.model(r);
            filters.matches(d, m) && query.matches(m, d.org_of(m))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The models `filters` and `query` let through, filtered first and then sorted (the
    /// widget filters the sorted list instead; the two must agree).
    fn visible(
        d: &Dataset,
        filters: &Filters,
        query: &str,
        key: SortKey,
        lang: Lang,
    ) -> Vec<ModelRef> {
        let mut out = visible_in(d, filters, query, &ordered_ids(d));
        sort(d, &mut out, key, lang);
        out
    }

    #[test]
    fn sets_toggle_and_iterate_in_ascending_order() {
        let mut s: Set<Access> = Set::new();
        assert!(s.is_empty());
        let (first, last) = (Access::ALL[0], *Access::ALL.last().unwrap());
        s.toggle(last);
        s.insert(first);
        assert_eq!(s.iter().collect::<Vec<_>>(), [first, last]);
        s.toggle(last);
        assert!(s.contains(&first) && !s.contains(&last));
        let orgs: Set<OrgRef> = [OrgRef(63), OrgRef(0), OrgRef(63)].into_iter().collect();
        assert_eq!(orgs.iter().collect::<Vec<_>>(), [OrgRef(0), OrgRef(63)]);
    }

    #[test]
    fn visible_in_an_ordered_list_is_visible() {
        let d = crate::data::dataset();
        let mut f = Filters::default();
        for (key, lang, query) in [
            (SortKey::Newest, Lang::Ko, ""),
            (SortKey::Name, Lang::En, "ex"),
            (SortKey::Largest, Lang::Ko, "ㅋㄴ"),
            (SortKey::Oldest, Lang::En, "solar"),
        ] {
            f.references = query.is_empty();
            let order = ordered(d, key, lang);
            assert_eq!(order.len(), d.models.len());
            let shown = visible_in(d, &f, query, &order);
            assert!(!shown.is_empty(), "{query:?} shows something");
            assert_eq!(
                shown,
                visible(d, &f, query, key, lang),
                "{key:?} {lang:?} {query:?}"
            );
        }
    }
}
