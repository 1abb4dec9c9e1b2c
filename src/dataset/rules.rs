//! Rules that need the whole parsed dataset: disputes and their alternatives, canonical
//! sources, benchmark sizes, self-reported scores, unused sources.

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

/// Sources a model cites anywhere.
fn cited(m: &Model, out: &mut HashSet<u16>) {
    fn fact<T: Clone>(f: &Fact<T>, out: &mut HashSet<u16>) {
        match f {
            Fact::Known(k) => {
                out.insert(k.source.0);
                out.extend(k.alternatives.iter().map(|a| a.source.0));
            }
            Fact::Unknown(u) => out.extend(u.source.map(|s| s.0)),
        }
    }
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
    if let Some(Base { model: Some(b), .. }) = m.base_model.value() {
        if b.0 as usize == i {
            err(
                at("base_model.value.model"),
                "a model cannot be its own base".into(),
            );
        }
    }
    for (j, b) in m.benchmarks.iter().enumerate() {
        let path = at(&format!("benchmarks[{j}]"));
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
