//! Rules that need the whole typed dataset (the schema has checked every shape before):
//! disputes and their alternatives, canonical sources, sizes, base models, benchmark ranges,
//! sizes and self-reported scores, the evidence of a stated setting, unused sources, nothing
//! dated after the data's as-of date, and the programmes' rounds and teams.

use std::collections::HashSet;

use super::DataError;
use crate::model::*;

/// Hosts that re-publish other people's documents (mirrors, summary sites). A source must be
/// the canonical document instead.
pub const MIRROR_HOSTS: &[&str] = &[
    "chatgptweb.us.kg",
    "hf-2025.pages.dev",
    "hf-mirror.com",
    "icepanda.dpdns.org",
    "workers.dev",
    "themoonlight.io",
    "emergentmind.com",
    "liner.com",
    "chatpaper.com",
    "chatpaper.ai",
    "alphaxiv.org",
    "sciencestack.ai",
    "deeplearn.org",
    "ai-scholar.tech",
    "ar5iv.labs.arxiv.org",
    "ar5iv.org",
    "papiers.ai",
    "lazybrains.com",
    "openagi.codes",
    "labindex.ai",
    "centerconsulting.com",
    "the-ai-report.pages.dev",
    "just4o.chat",
    "daily8.com",
];

fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or_default()
}

fn check_source(s: &Source, errors: &mut Vec<DataError>) {
    let path = format!("sources[{}].url", s.id);
    let h = host(&s.url);
    if let Some(m) = MIRROR_HOSTS
        .iter()
        .find(|m| h == **m || h.ends_with(&format!(".{m}")))
    {
        errors.push(DataError {
            path,
            problem: format!("{m} is a mirror or summary site: cite the canonical document"),
        });
    } else if h == "arxiv.org" && !s.url.starts_with("https://arxiv.org/abs/") {
        errors.push(DataError {
            path,
            problem: "cite an arXiv paper by its abstract page, https://arxiv.org/abs/…".into(),
        });
    }
}

/// Disputed facts show one value and keep the others; undisputed ones have no alternatives.
fn check_fact<T: Clone>(fact: &Fact<T>, path: String, errors: &mut Vec<DataError>) {
    let Fact::Known(k) = fact else { return };
    let disputed = k.status == Status::Disputed;
    let problem = match (disputed, k.alternatives.is_empty(), k.note.is_some()) {
        (true, true, _) => "status is \"disputed\" but there are no alternatives",
        (true, false, false) => "a disputed value needs a note saying why this value is shown",
        (false, false, _) => "alternatives are only for a \"disputed\" value",
        _ => return,
    };
    errors.push(DataError {
        path,
        problem: problem.into(),
    });
}

/// Sources a fact cites.
fn fact<T: Clone>(f: &Fact<T>, out: &mut HashSet<u16>) {
    match f {
        Fact::Known(k) => {
            out.insert(k.source.0);
            out.extend(k.alternatives.iter().map(|a| a.source.0));
        }
        Fact::Unknown(u) => out.extend(u.source.map(|s| s.0)),
    }
}

/// Sources a programme cites anywhere.
fn cited_by_programme(p: &Programme, out: &mut HashSet<u16>) {
    out.extend(p.sources.iter().map(|s| s.0));
    for t in p.teams.iter() {
        out.extend(t.entries.iter().map(|e| e.source.0));
    }
    for r in p.rounds.iter() {
        fact(&r.date, out);
        out.extend(r.outcomes.iter().map(|o| o.source.0));
        out.extend(
            r.outcome_unknown
                .as_ref()
                .and_then(|m| m.source)
                .map(|s| s.0),
        );
    }
}

/// Sources a model cites anywhere.
fn cited(m: &Model, out: &mut HashSet<u16>) {
    fact(&m.released, out);
    fact(&m.params, out);
    fact(&m.context, out);
    fact(&m.modality, out);
    fact(&m.access, out);
    fact(&m.licence, out);
    fact(&m.base_model, out);
    out.extend(m.benchmarks.iter().map(|b| b.source.0));
    out.extend(m.claims.iter().map(|c| c.source.0));
    out.extend(m.ecosystem_graphs.as_ref().map(|e| e.source.0));
}

fn check_model(d: &Dataset, i: usize, m: &Model, errors: &mut Vec<DataError>) {
    let at = |field: &str| format!("models[{}].{field}", m.id);
    let mut err = |path: String, problem: String| errors.push(DataError { path, problem });

    if d.org(m.org).kind == OrgKind::Evaluator {
        err(
            at("org"),
            format!("\"{}\" is an evaluator, not a developer", d.org(m.org).id),
        );
    }
    let sizes: Vec<f64> = m
        .params
        .value()
        .map(|s| s.iter().map(|s| s.total).collect())
        .unwrap_or_default();
    for (j, s) in m
        .params
        .value()
        .into_iter()
        .flat_map(|s| s.iter())
        .enumerate()
    {
        if s.active.is_some_and(|a| a > s.total) {
            err(
                at(&format!("params.value[{j}].active")),
                "more active than total parameters".into(),
            );
        }
    }
    if m.params.value().is_some_and(|s| s.is_empty()) {
        err(
            at("params.value"),
            "an empty list of sizes: use null with a reason instead".into(),
        );
    }
    if let Some(base) = m.base_model.value() {
        if base.model.is_some_and(|b| b.0 as usize == i) {
            err(
                at("base_model.value.model"),
                "a model cannot be its own base".into(),
            );
        }
        match (base.relation, &base.name) {
            (Relation::None, Some(_)) => err(
                at("base_model.value.name"),
                "a model trained from scratch has no base model name".into(),
            ),
            (rel, None) if rel != Relation::None => err(
                at("base_model.value.name"),
                "missing: name the base model".into(),
            ),
            _ => {}
        }
    }
    for (j, b) in m.benchmarks.iter().enumerate() {
        let path = at(&format!("benchmarks[{j}]"));
        if b.value > b.benchmark.max() {
            err(
                format!("{path}.value"),
                format!("{} is out of range 0..={}", b.value, b.benchmark.max()),
            );
        }
        // A stated setting is read in the source: the words that state it are the evidence.
        if b.evidence.words.is_none() && (b.shots.is_some() || b.cot.is_some()) {
            let stated = match (b.shots, b.cot) {
                (Some(n), Some(c)) => format!("\"shots\": {n} and \"cot\": {c}"),
                (Some(n), None) => format!("\"shots\": {n}"),
                (None, Some(c)) => format!("\"cot\": {c}"),
                (None, None) => unreachable!(),
            };
            err(
                format!("{path}.evidence.words"),
                format!(
                    "null, but the {} score {} gives {stated}: quote the few words of the source that state it, or leave the setting out (then the score is compared only within its own table)",
                    b.benchmark.slug(),
                    b.value
                ),
            );
        }
        match b.size {
            Some(size) if !sizes.is_empty() && !sizes.iter().any(|s| (s - size).abs() < 1e-9) => {
                err(
                    format!("{path}.size"),
                    format!("{size} is not one of the release's sizes {sizes:?}"),
                )
            }
            None if sizes.len() > 1 => err(
                format!("{path}.size"),
                "missing: the release has several sizes, say which one was measured".into(),
            ),
            _ => {}
        }
        if b.measured_by == m.org && b.status == Status::Verified {
            err(
                format!("{path}.status"),
                "a self-reported score is \"claimed\", not \"verified\"".into(),
            );
        }
    }
    check_fact(&m.released, at("released"), errors);
    check_fact(&m.params, at("params"), errors);
    check_fact(&m.context, at("context"), errors);
    check_fact(&m.modality, at("modality"), errors);
    check_fact(&m.access, at("access"), errors);
    check_fact(&m.licence, at("licence"), errors);
    check_fact(&m.base_model, at("base_model"), errors);
}

/// Nothing in the data may be dated after the day it was checked: a release "from the
/// future" is a typo or a guess.
fn check_dates(d: &Dataset, errors: &mut Vec<DataError>) {
    let late = |date: Date| date > d.as_of;
    let mut err = |path: String, date: Date| {
        errors.push(DataError {
            path,
            problem: format!(
                "{date} is after the data's as-of date {}: fix the date, or check the data again and move \"as_of\"",
                d.as_of
            ),
        })
    };
    for s in d.sources.iter() {
        if let Some(date) = s.date.filter(|&x| late(x)) {
            err(format!("sources[{}].date", s.id), date);
        }
    }
    for m in d.models.iter() {
        if let Fact::Known(k) = &m.released {
            if late(k.value.date) {
                err(
                    format!("models[{}].released.value.date", m.id),
                    k.value.date,
                );
            }
            for (i, a) in k.alternatives.iter().enumerate() {
                if late(a.value.date) {
                    err(
                        format!("models[{}].released.alternatives[{i}].value.date", m.id),
                        a.value.date,
                    );
                }
            }
        }
        for (i, c) in m.claims.iter().enumerate() {
            if late(c.date) {
                err(format!("models[{}].claims[{i}].date", m.id), c.date);
            }
        }
    }
    for p in d.programmes.iter() {
        for r in p.rounds.iter() {
            if let Some(&date) = r.date.value().filter(|&&x| late(x)) {
                err(
                    format!("programmes[{}].rounds[{}].date.value", p.id, r.id),
                    date,
                );
            }
        }
    }
}

/// "a selection", "an evaluation": the kind of round with its article, for messages.
fn a_round(kind: RoundKind) -> &'static str {
    match kind {
        RoundKind::Selection => "a selection",
        RoundKind::Call => "a call for entries",
        RoundKind::Showcase => "a showcase",
        RoundKind::Evaluation => "an evaluation",
    }
}

/// A programme's rounds are in date order, each decision fits the team's standing at that
/// point (only a team in the programme can advance or be dropped; only one outside it can be
/// selected or added), and each entry is a model of the team's developer, entered while the
/// team was in.
fn check_programme(d: &Dataset, p: &Programme, errors: &mut Vec<DataError>) {
    let mut err = |path: String, problem: String| errors.push(DataError { path, problem });
    let at = |rest: String| format!("programmes[{}].{rest}", p.id);
    let mut last: Option<Date> = None;
    // Whether each team is in the programme after each round.
    let mut inside = vec![false; p.teams.len()];
    let mut inside_at: Vec<Vec<bool>> = Vec::with_capacity(p.rounds.len());
    for r in p.rounds.iter() {
        let date = r.date.value().copied();
        if let (Some(prev), Some(date)) = (last, date) {
            if date < prev {
                err(
                    at(format!("rounds[{}].date.value", r.id)),
                    format!("{date} is earlier than the round before it ({prev}): list rounds oldest first"),
                );
            }
        }
        last = date.or(last);
        if let Fact::Unknown(_) = r.date {
            err(
                at(format!("rounds[{}].date.value", r.id)),
                "a round needs a date".into(),
            );
        }
        let before = inside.clone();
        let decides = matches!(r.kind, RoundKind::Selection | RoundKind::Evaluation);
        if decides && r.outcomes.is_empty() && r.outcome_unknown.is_none() {
            err(
                at(format!("rounds[{}].outcomes", r.id)),
                format!(
                    "{} decides something: list the outcomes, or say why they are unknown in \"outcome_unknown\"",
                    a_round(r.kind)
                ),
            );
        }
        if !decides && (!r.outcomes.is_empty() || r.outcome_unknown.is_some()) {
            err(
                at(format!("rounds[{}].outcomes", r.id)),
                format!(
                    "{} decides nothing: leave out \"outcomes\"",
                    a_round(r.kind)
                ),
            );
        }
        let mut seen = HashSet::new();
        for (i, o) in r.outcomes.iter().enumerate() {
            let team = p.team(o.team);
            let path = at(format!("rounds[{}].outcomes[{i}]", r.id));
            if !seen.insert(o.team) {
                err(
                    format!("{path}.team"),
                    format!("team \"{}\" has two outcomes in this round", team.id),
                );
                continue;
            }
            if o.result == OutcomeKind::Dropped && o.reason.is_none() {
                err(
                    format!("{path}.reason"),
                    "missing: say why the team was dropped".into(),
                );
            }
            let was_in = before[o.team.0 as usize];
            let fits = match o.result {
                OutcomeKind::Advanced | OutcomeKind::Dropped => was_in,
                OutcomeKind::Selected | OutcomeKind::Added | OutcomeKind::NotSelected => !was_in,
            };
            if fits {
                // A decision that does not fit is reported once and changes nothing, so it
                // causes no follow-on errors in later rounds.
                inside[o.team.0 as usize] = o.result.stays_in();
            } else {
                let standing = if was_in { "already in" } else { "not in" };
                err(
                    format!("{path}.result"),
                    format!(
                        "team \"{}\" cannot be \"{}\": it is {standing} the programme at this round",
                        team.id,
                        o.result.slug()
                    ),
                );
            }
        }
        inside_at.push(before.iter().zip(&inside).map(|(b, a)| *b || *a).collect());
    }
    let mut entered = HashSet::new();
    for t in p.teams.iter() {
        let ti = p.teams.iter().position(|x| x.id == t.id).unwrap_or(0);
        for (i, e) in t.entries.iter().enumerate() {
            let path = at(format!("teams[{}].entries[{i}]", t.id));
            let m = d.model(e.model);
            if let Some(org) = t.org {
                if m.org != org {
                    err(
                        format!("{path}.model"),
                        format!(
                            "\"{}\" is a model of \"{}\", not of the team's developer \"{}\"",
                            m.id,
                            d.org(m.org).id,
                            d.org(org).id
                        ),
                    );
                }
            }
            if !entered.insert((e.model, e.round)) {
                err(
                    format!("{path}.model"),
                    format!("\"{}\" is entered twice in the same round", m.id),
                );
            }
            let round = p.round(e.round);
            if round.kind == RoundKind::Selection || round.kind == RoundKind::Call {
                err(
                    format!("{path}.round"),
                    format!(
                        "models are entered in a showcase or an evaluation, not {}",
                        a_round(round.kind)
                    ),
                );
            } else if !inside_at[e.round.0 as usize][ti] {
                err(
                    format!("{path}.round"),
                    format!(
                        "team \"{}\" is not in the programme at round \"{}\"",
                        t.id, round.id
                    ),
                );
            }
        }
    }
    let others: Vec<&str> = d
        .programmes
        .iter()
        .filter(|o| o.id != p.id)
        .flat_map(|o| o.teams.iter().flat_map(|t| t.entries.iter()))
        .map(|e| d.model(e.model).id.as_ref())
        .collect();
    for t in p.teams.iter() {
        for e in t.entries.iter() {
            let id = d.model(e.model).id.as_ref();
            if others.contains(&id) {
                err(
                    at(format!("teams[{}].entries", t.id)),
                    format!("\"{id}\" is entered in more than one programme"),
                );
            }
        }
    }
    let teams_of: Vec<Vec<&str>> = d
        .models
        .iter()
        .enumerate()
        .map(|(mi, _)| {
            p.teams
                .iter()
                .filter(|t| t.entries.iter().any(|e| e.model.0 as usize == mi))
                .map(|t| t.id.as_ref())
                .collect()
        })
        .collect();
    for (mi, teams) in teams_of.iter().enumerate() {
        if teams.len() > 1 {
            err(
                at("teams".into()),
                format!(
                    "\"{}\" is entered by more than one team: {}",
                    d.models[mi].id,
                    teams.join(", ")
                ),
            );
        }
    }
}

/// Applies every rule; returns all problems found.
pub fn check(d: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    if d.orgs.len() > MAX_ORGS {
        errors.push(DataError {
            path: "orgs".into(),
            problem: format!(
                "{} organisations; the filters hold at most {MAX_ORGS}",
                d.orgs.len()
            ),
        });
    }
    for s in d.sources.iter() {
        check_source(s, &mut errors);
    }
    let mut used = HashSet::from([d.article.source.0]);
    used.extend(d.background.iter().map(|s| s.0));
    used.extend(d.orgs.iter().flat_map(|o| o.sources.iter().map(|s| s.0)));
    for (i, m) in d.models.iter().enumerate() {
        check_model(d, i, m, &mut errors);
        cited(m, &mut used);
    }
    for p in d.programmes.iter() {
        check_programme(d, p, &mut errors);
        cited_by_programme(p, &mut used);
    }
    check_dates(d, &mut errors);
    for (i, s) in d.sources.iter().enumerate() {
        if !used.contains(&(i as u16)) {
            errors.push(DataError {
                path: format!("sources[{}]", s.id),
                problem: "no value cites this source: remove it or cite it".into(),
            });
        }
    }
    errors
}
