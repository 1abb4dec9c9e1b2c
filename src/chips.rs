//! The chip groups the filter panel shows, computed in plain functions: every group with its
//! chips' live counts, and the group to loosen when nothing matches. Pure, so `cargo test`
//! reaches it; the component only lays these out.

use crate::filter::{count_with, Group};
use crate::i18n::{self, t, Label, Msg};
use crate::model::*;
use crate::settings::{Era, Lang};
use crate::state::{Action, WidgetState};

/// One toggle chip.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    /// Stable key (the value's slug or id).
    pub key: String,
    /// Label with its live count: `가중치 공개(7)`.
    pub label: String,
    /// The label alone: `가중치 공개`.
    pub name: &'static str,
    pub count: usize,
    pub pressed: bool,
    pub action: Action,
}

/// A titled group of chips.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipGroup {
    pub group: Group,
    pub title: &'static str,
    pub chips: Vec<Chip>,
}

/// The title of a chip group.
pub fn group_title(lang: Lang, g: Group) -> &'static str {
    t(
        lang,
        match g {
            Group::Kind => Msg::GroupKind,
            Group::Org => Msg::GroupOrg,
            Group::Access => Msg::GroupAccess,
            Group::Modality => Msg::GroupModality,
            Group::Era => Msg::GroupEra,
            Group::References => Msg::GroupReferences,
            Group::Programme => Msg::GroupProgramme,
        },
    )
}

/// One option of a chip group: key, label, and the value it filters on.
type Opt<T> = (String, &'static str, T);

/// The chips of one group. An option that no model could match is left out (except for
/// groups where every option always makes sense, such as the era).
fn group_chips<T: Copy>(
    d: &Dataset,
    s: &WidgetState,
    group: Group,
    options: Vec<Opt<T>>,
    has: impl Fn(&Model, T) -> bool,
    pressed: impl Fn(T) -> bool,
    action: impl Fn(T) -> Action,
) -> Vec<Chip> {
    let keep_all = matches!(group, Group::Era | Group::References);
    let reachable = |m: &Model| s.filters.references || !m.reference || group == Group::References;
    options
        .into_iter()
        .filter(|(_, _, v)| keep_all || d.models.iter().any(|m| reachable(m) && has(m, *v)))
        .map(|(key, label, v)| {
            let count = count_with(d, &s.filters, &s.query, group, |m| has(m, v));
            Chip {
                key,
                label: i18n::ui::chip(s.lang, label, count),
                name: label,
                count,
                pressed: pressed(v),
                action: action(v),
            }
        })
        .collect()
}

/// Every chip group for the current state, with live counts.
pub fn chip_groups(d: &'static Dataset, s: &WidgetState) -> Vec<ChipGroup> {
    let lang = s.lang;
    let f = &s.filters;
    let era = group_chips(
        d,
        s,
        Group::Era,
        Era::ALL
            .iter()
            .map(|&e| (e.slug().to_string(), e.label(lang), e))
            .collect(),
        |m, e| crate::filter::in_era(d, m, e),
        |e| f.era == e,
        Action::SetEra,
    );
    let kinds = group_chips(
        d,
        s,
        Group::Kind,
        OrgKind::ALL
            .iter()
            .map(|&k| (k.slug().to_string(), k.label(lang), k))
            .collect(),
        |m, k| d.org(m.org).kind == k,
        |k| f.kinds.contains(&k),
        Action::ToggleKind,
    );
    let orgs = group_chips(
        d,
        s,
        Group::Org,
        d.orgs
            .iter()
            .enumerate()
            .map(|(i, o)| {
                (
                    o.id.to_string(),
                    i18n::text(lang, &o.name),
                    OrgRef(i as u16),
                )
            })
            .collect(),
        |m, o| m.org == o,
        |o| f.orgs.contains(&o),
        Action::ToggleOrg,
    );
    let access = group_chips(
        d,
        s,
        Group::Access,
        Access::ALL
            .iter()
            .map(|&a| (a.slug().to_string(), a.label(lang), a))
            .collect(),
        |m, a| m.access.value() == Some(&a),
        |a| f.access.contains(&a),
        Action::ToggleAccess,
    );
    let modality = group_chips(
        d,
        s,
        Group::Modality,
        Modality::ALL
            .iter()
            .map(|&x| (x.slug().to_string(), x.label(lang), x))
            .collect(),
        |m, x| m.modality.value() == Some(&x),
        |x| f.modality.contains(&x),
        Action::ToggleModality,
    );
    let references = group_chips(
        d,
        s,
        Group::References,
        vec![(
            "references".to_string(),
            t(lang, Msg::ReferencesChip),
            !f.references,
        )],
        |_, _| true,
        |_| f.references,
        Action::SetReferences,
    );
    // One chip for the programme's models (the dataset has one programme; none, no chip).
    let programme = group_chips(
        d,
        s,
        Group::Programme,
        d.programmes
            .first()
            .map(|p| {
                (
                    "programme".to_string(),
                    i18n::text(lang, &p.name),
                    !f.programme,
                )
            })
            .into_iter()
            .collect(),
        |m, _| d.in_programme(m),
        |_| f.programme,
        Action::SetProgramme,
    );
    [
        (Group::Era, era),
        (Group::Programme, programme),
        (Group::Kind, kinds),
        (Group::Org, orgs),
        (Group::Access, access),
        (Group::Modality, modality),
        (Group::References, references),
    ]
    .into_iter()
    .filter(|(_, chips)| !chips.is_empty())
    .map(|(group, chips)| ChipGroup {
        group,
        title: group_title(lang, group),
        chips,
    })
    .collect()
}

/// An active filter, shown as a removable chip outside the (closed) filter panel.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveChip {
    pub key: String,
    pub name: &'static str,
    /// What removing it does.
    pub remove: Action,
}

/// The filters in force, in the panel's order, each with the action that removes it.
pub fn active_chips(groups: &[ChipGroup]) -> Vec<ActiveChip> {
    groups
        .iter()
        .flat_map(|g| g.chips.iter().map(move |c| (g.group, c)))
        .filter(|(group, c)| c.pressed && !(*group == Group::Era && c.key == Era::DEFAULT.slug()))
        .map(|(group, c)| ActiveChip {
            key: c.key.clone(),
            name: c.name,
            remove: match group {
                // An era chip sets its era: removing it goes back to the default one.
                Group::Era => Action::SetEra(Era::DEFAULT),
                _ => c.action.clone(),
            },
        })
        .collect()
}

/// When nothing matches: the active filter group whose removal brings back the most models.
pub fn group_to_loosen(d: &Dataset, s: &WidgetState) -> Option<Group> {
    let f = &s.filters;
    let active = [
        (Group::Kind, !f.kinds.is_empty()),
        (Group::Org, !f.orgs.is_empty()),
        (Group::Access, !f.access.is_empty()),
        (Group::Modality, !f.modality.is_empty()),
        (Group::Era, f.era != Era::DEFAULT),
        (Group::Programme, f.programme),
    ];
    active
        .into_iter()
        .filter(|&(_, on)| on)
        .map(|(g, _)| (g, count_with(d, f, &s.query, g, |_| true)))
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(_, n)| n)
        .map(|(g, _)| g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::filter::{ordered, visible_in};
    use crate::state::reduce;

    /// How many models the filters and the search let through.
    fn shown(s: &WidgetState) -> usize {
        let d = dataset();
        visible_in(d, &s.filters, &s.query, &ordered(d, s.sort, s.lang)).len()
    }

    #[test]
    fn chip_counts_are_what_the_chip_would_show() {
        let d = dataset();
        let s = WidgetState::default();
        let groups = chip_groups(d, &s);
        let access = groups.iter().find(|g| g.group == Group::Access).unwrap();
        for chip in &access.chips {
            let after = reduce(&s, chip.action.clone());
            assert_eq!(shown(&after), chip.count, "{}", chip.key);
        }
    }

    #[test]
    fn active_chips_remove_what_they_name() {
        let d = dataset();
        let mut s = WidgetState::default();
        assert!(active_chips(&chip_groups(d, &s)).is_empty());
        s = reduce(&s, Action::ToggleAccess(Access::OpenWeights));
        s = reduce(&s, Action::SetEra(Era::Article));
        s = reduce(&s, Action::SetReferences(true));
        let active = active_chips(&chip_groups(d, &s));
        assert_eq!(active.len(), 3, "{active:?}");
        let cleared = active
            .iter()
            .fold(s.clone(), |s, c| reduce(&s, c.remove.clone()));
        assert!(cleared.filters.is_default(), "{:?}", cleared.filters);
    }

    #[test]
    fn loosening_suggests_a_group_that_brings_models_back() {
        let d = dataset();
        let mut s = WidgetState::default();
        // Video models from telecoms: none.
        s = reduce(&s, Action::ToggleKind(OrgKind::Telecom));
        s = reduce(&s, Action::ToggleModality(Modality::VideoLanguage));
        assert_eq!(shown(&s), 0);
        assert!(group_to_loosen(d, &s).is_some());
    }

    #[test]
    fn the_programme_chip_keeps_its_models() {
        let d = dataset();
        let s = WidgetState::default();
        let groups = chip_groups(d, &s);
        let group = groups.iter().find(|g| g.group == Group::Programme).unwrap();
        let chip = &group.chips[0];
        let entered = d
            .models
            .iter()
            .filter(|m| d.in_programme(m) && !m.reference)
            .count();
        assert_eq!(chip.count, entered);
        let after = reduce(&s, chip.action.clone());
        assert_eq!(shown(&after), entered);
        let back = reduce(
            &after,
            active_chips(&chip_groups(d, &after))[0].remove.clone(),
        );
        assert_eq!(back, s);
    }
}
