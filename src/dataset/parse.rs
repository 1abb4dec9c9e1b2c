//! `data/models.json` → [`Dataset`], checking shapes, enum values, dates, URLs and
//! references on the way. Semantic rules that need the whole dataset live in `rules.rs`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::read::{Obj, Reader, Table};
use crate::model::*;

/// Reads a fact: `{"value": …, "source", "status", "note"?, "alternatives"?}` or
/// `{"value": null, "unknown", "reason", "source"?}`.
fn fact<T: Clone + 'static>(
    r: &mut Reader,
    v: &Value,
    path: String,
    read_value: &dyn Fn(&mut Reader, &Value, &str) -> Option<T>,
) -> Option<Fact<T>> {
    let mut o = r.obj(v, path)?;
    if !o.has("value") {
        r.error(
            o.at("value"),
            "missing (use null with \"unknown\" and \"reason\" when the value is not known)",
        );
    }
    let fact = match o.opt("value") {
        None => {
            if o.has("status") || o.has("alternatives") {
                r.error(&o.path, "an unknown value has no status or alternatives, only \"unknown\", \"reason\" and an optional \"source\"");
            }
            missing_fields(r, &mut o).map(Fact::Unknown)
        }
        Some(val) => {
            if o.has("unknown") || o.has("reason") {
                r.error(
                    &o.path,
                    "a known value takes \"note\", not \"unknown\" or \"reason\"",
                );
            }
            let value = read_value(r, val, &o.at("value"));
            let (source, status, note) = provenance(r, &mut o);
            let alternatives = match o.opt("alternatives") {
                None => Some(Vec::new()),
                Some(list) => {
                    let path = o.at("alternatives");
                    r.list(list, &path).map(|items| {
                        items
                            .iter()
                            .enumerate()
                            .filter_map(|(i, item)| {
                                let mut a = r.obj(item, format!("{path}[{i}]"))?;
                                let value = a
                                    .req(r, "value")
                                    .and_then(|v| read_value(r, v, &a.at("value")));
                                let (source, status, note) = provenance(r, &mut a);
                                a.finish(r);
                                Some(Alternative {
                                    value: value?,
                                    source: source?,
                                    status: status?,
                                    note,
                                })
                            })
                            .collect()
                    })
                }
            };
            Some(Fact::Known(Known {
                value: value?,
                source: source?,
                status: status?,
                note,
                alternatives: Cow::Owned(alternatives?),
            }))
        }
    };
    o.finish(r);
    fact
}

/// `source`, `status` and an optional `note`.
fn provenance(
    r: &mut Reader,
    o: &mut super::read::Obj,
) -> (Option<SourceRef>, Option<Status>, Option<Text>) {
    let source = o
        .req(r, "source")
        .and_then(|v| r.reference(v, &o.at("source"), Table::Source))
        .map(SourceRef);
    let status = o
        .req(r, "status")
        .and_then(|v| r.slug_of(v, &o.at("status"), Status::from_slug, Status::expected));
    let note = o.opt("note").and_then(|v| r.text(v, &o.at("note")));
    (source, status, note)
}

/// For an optional field: `Some(None)` (present but invalid) fails the entry; absent is fine.
fn present<T>(x: Option<Option<T>>) -> Option<Option<T>> {
    match x {
        Some(None) => None,
        Some(Some(v)) => Some(Some(v)),
        None => Some(None),
    }
}

fn list_of<T>(
    r: &mut Reader,
    v: &Value,
    path: &str,
    item: &dyn Fn(&mut Reader, &Value, String) -> Option<T>,
) -> Option<Vec<T>> {
    let items = r.list(v, path)?;
    let before = r.errors.len();
    let out: Vec<T> = items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| item(r, v, format!("{path}[{i}]")))
        .collect();
    (r.errors.len() == before).then_some(out)
}

fn source(r: &mut Reader, v: &Value, path: String) -> Option<Source> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "id").and_then(|v| r.slug(v, &o.at("id")));
    let url = o.req(r, "url").and_then(|v| r.url(v, &o.at("url")));
    let title = o.req(r, "title").and_then(|v| r.str_cow(v, &o.at("title")));
    let publisher = o
        .req(r, "publisher")
        .and_then(|v| r.str_cow(v, &o.at("publisher")));
    let kind = o.req(r, "kind").and_then(|v| {
        r.slug_of(
            v,
            &o.at("kind"),
            SourceKind::from_slug,
            SourceKind::expected,
        )
    });
    let date = o.opt("date").map(|v| r.date(v, &o.at("date")));
    o.finish(r);
    Some(Source {
        id: Cow::Owned(id?),
        url: Cow::Owned(url?),
        title: title?,
        publisher: publisher?,
        kind: kind?,
        date: present(date)?,
    })
}

fn org(r: &mut Reader, v: &Value, path: String) -> Option<Org> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "id").and_then(|v| r.slug(v, &o.at("id")));
    let name = o.req(r, "name").and_then(|v| r.text(v, &o.at("name")));
    let kind = o
        .req(r, "kind")
        .and_then(|v| r.slug_of(v, &o.at("kind"), OrgKind::from_slug, OrgKind::expected));
    let country = o.req(r, "country").and_then(|v| {
        let s = r.string(v, &o.at("country"))?;
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(s)
        } else {
            r.error(
                o.at("country"),
                format!("\"{s}\" is not an ISO 3166-1 alpha-2 code"),
            );
            None
        }
    });
    let url = o.req(r, "url").and_then(|v| r.url(v, &o.at("url")));
    let note = o.opt("note").map(|v| r.text(v, &o.at("note")));
    let sources = match o.opt("sources") {
        Some(v) => source_refs(r, v, &o.at("sources")),
        None => Some(Cow::Owned(Vec::new())),
    };
    o.finish(r);
    Some(Org {
        id: Cow::Owned(id?),
        name: name?,
        kind: kind?,
        country: Cow::Owned(country?),
        url: Cow::Owned(url?),
        note: present(note)?,
        sources: sources?,
    })
}

/// A list of source ids.
fn source_refs(r: &mut Reader, v: &Value, path: &str) -> Option<List<SourceRef>> {
    list_of(r, v, path, &|r, v, p| {
        r.reference(v, &p, Table::Source).map(SourceRef)
    })
    .map(Cow::Owned)
}

fn release(r: &mut Reader, v: &Value, path: &str) -> Option<Release> {
    let mut o = r.obj(v, path.to_string())?;
    let date = o.req(r, "date").and_then(|v| r.date(v, &o.at("date")));
    let event = o.req(r, "event").and_then(|v| {
        r.slug_of(
            v,
            &o.at("event"),
            ReleaseEvent::from_slug,
            ReleaseEvent::expected,
        )
    });
    o.finish(r);
    Some(Release {
        date: date?,
        event: event?,
    })
}

/// Parameter counts are in billions: 0.01 (10M) to 100,000 (100T).
const PARAMS: (f64, f64) = (0.01, 100_000.0);

fn sizes(r: &mut Reader, v: &Value, path: &str) -> Option<List<Size>> {
    let list = list_of(r, v, path, &|r, v, path| {
        let mut o = r.obj(v, path)?;
        let total = o
            .req(r, "total")
            .and_then(|v| r.number(v, &o.at("total"), PARAMS.0, PARAMS.1));
        let active = o
            .opt("active")
            .map(|v| r.number(v, &o.at("active"), PARAMS.0, PARAMS.1));
        let label = o.opt("label").map(|v| r.str_cow(v, &o.at("label")));
        o.finish(r);
        Some(Size {
            total: total?,
            active: present(active)?,
            label: present(label)?,
        })
    })?;
    if list.is_empty() {
        r.error(
            path,
            "an empty list of sizes: use null with a reason instead",
        );
        return None;
    }
    Some(Cow::Owned(list))
}

fn licence(r: &mut Reader, v: &Value, path: &str) -> Option<Licence> {
    let mut o = r.obj(v, path.to_string())?;
    let name = o.req(r, "name").and_then(|v| r.str_cow(v, &o.at("name")));
    let kind = o.req(r, "kind").and_then(|v| {
        r.slug_of(
            v,
            &o.at("kind"),
            LicenceKind::from_slug,
            LicenceKind::expected,
        )
    });
    o.finish(r);
    Some(Licence {
        name: name?,
        kind: kind?,
    })
}

fn base(r: &mut Reader, v: &Value, path: &str) -> Option<Base> {
    let mut o = r.obj(v, path.to_string())?;
    let relation = o.req(r, "relation").and_then(|v| {
        r.slug_of(
            v,
            &o.at("relation"),
            Relation::from_slug,
            Relation::expected,
        )
    });
    let name = o.opt("name").map(|v| r.str_cow(v, &o.at("name")));
    let model = o
        .opt("model")
        .map(|v| r.reference(v, &o.at("model"), Table::Model).map(ModelRef));
    match (relation, &name) {
        (Some(Relation::None), Some(_)) => r.error(
            o.at("name"),
            "a model trained from scratch has no base model name",
        ),
        (Some(rel), None) if rel != Relation::None => {
            r.error(o.at("name"), "missing: name the base model")
        }
        _ => {}
    }
    o.finish(r);
    Some(Base {
        relation: relation?,
        name: present(name)?,
        model: present(model)?,
    })
}

fn benchmark(r: &mut Reader, v: &Value, path: String) -> Option<Benchmark> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "benchmark").and_then(|v| {
        r.slug_of(
            v,
            &o.at("benchmark"),
            BenchmarkId::from_slug,
            BenchmarkId::expected,
        )
    });
    let value = match (id, o.req(r, "value")) {
        (Some(id), Some(v)) => r.number(v, &o.at("value"), 0.0, id.max()),
        _ => None,
    };
    let size = o
        .opt("size")
        .map(|v| r.number(v, &o.at("size"), PARAMS.0, PARAMS.1));
    let variant = o
        .req(r, "variant")
        .and_then(|v| r.slug_of(v, &o.at("variant"), Variant::from_slug, Variant::expected));
    let setting = o.opt("setting").map(|v| r.str_cow(v, &o.at("setting")));
    let measured_by = o
        .req(r, "measured_by")
        .and_then(|v| r.reference(v, &o.at("measured_by"), Table::Org))
        .map(OrgRef);
    let shots = o
        .opt("shots")
        .map(|v| r.integer(v, &o.at("shots"), 0, 64).map(|n| n as u8));
    let cot = o.opt("cot").map(|v| r.bool(v, &o.at("cot")));
    let (source, status, note) = provenance(r, &mut o);
    if note.is_some() {
        r.error(o.at("note"), "benchmarks take no note: use \"setting\"");
    }
    o.finish(r);
    Some(Benchmark {
        benchmark: id?,
        value: value?,
        size: present(size)?,
        variant: variant?,
        setting: present(setting)?,
        measured_by: measured_by?,
        source: source?,
        status: status?,
        shots: present(shots)?,
        cot: present(cot)?,
    })
}

fn claim(r: &mut Reader, v: &Value, path: String) -> Option<Claim> {
    let mut o = r.obj(v, path)?;
    let text = o.req(r, "text").and_then(|v| r.text(v, &o.at("text")));
    let date = o.req(r, "date").and_then(|v| r.date(v, &o.at("date")));
    let leaderboard = o.opt("leaderboard").map(|v| {
        r.slug_of(
            v,
            &o.at("leaderboard"),
            Leaderboard::from_slug,
            Leaderboard::expected,
        )
    });
    let by = o
        .req(r, "by")
        .and_then(|v| r.slug_of(v, &o.at("by"), ClaimBy::from_slug, ClaimBy::expected));
    let (source, status, note) = provenance(r, &mut o);
    o.finish(r);
    Some(Claim {
        text: text?,
        date: date?,
        leaderboard: present(leaderboard)?,
        by: by?,
        source: source?,
        status: status?,
        note,
    })
}

/// `table[id]`, or `table[index]` when the entry has no string id: every message names its entry.
fn entry_path(table: &str, v: &Value, index: usize) -> String {
    match v.get("id").and_then(Value::as_str) {
        Some(id) => format!("{table}[{id}]"),
        None => format!("{table}[{index}]"),
    }
}

fn model(r: &mut Reader, v: &Value, path: String) -> Option<Model> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "id").and_then(|v| r.slug(v, &o.at("id")));
    let org = o
        .req(r, "org")
        .and_then(|v| r.reference(v, &o.at("org"), Table::Org))
        .map(OrgRef);
    let family = o.req(r, "family").and_then(|v| r.slug(v, &o.at("family")));
    let version = o
        .req(r, "version")
        .and_then(|v| r.string_or_empty(v, &o.at("version")));
    let name = o.req(r, "name").and_then(|v| r.text(v, &o.at("name")));
    let aliases = o
        .req(r, "aliases")
        .and_then(|v| list_of(r, v, &o.at("aliases"), &|r, v, p| r.str_cow(v, &p)).map(Cow::Owned));
    let reference = o
        .req(r, "reference")
        .and_then(|v| r.bool(v, &o.at("reference")));
    let in_article = o
        .req(r, "in_article")
        .and_then(|v| r.bool(v, &o.at("in_article")));
    if !o.has("ecosystem_graphs") {
        r.error(
            o.at("ecosystem_graphs"),
            "missing (null when Ecosystem Graphs does not list the model)",
        );
    }
    let ecosystem_graphs = o.opt("ecosystem_graphs").map(|v| {
        let mut e = r.obj(v, o.at("ecosystem_graphs"))?;
        let name = e.req(r, "name").and_then(|v| r.str_cow(v, &e.at("name")));
        let source = e
            .req(r, "source")
            .and_then(|v| r.reference(v, &e.at("source"), Table::Source));
        e.finish(r);
        Some(EcosystemListing {
            name: name?,
            source: SourceRef(source?),
        })
    });
    let released = o
        .req(r, "released")
        .and_then(|v| fact(r, v, o.at("released"), &release));
    let params = o
        .req(r, "params")
        .and_then(|v| fact(r, v, o.at("params"), &sizes));
    let context = o.req(r, "context").and_then(|v| {
        fact(r, v, o.at("context"), &|r, v, p| {
            r.integer(v, p, 256, 100_000_000).map(|n| n as u32)
        })
    });
    let modality = o.req(r, "modality").and_then(|v| {
        fact(r, v, o.at("modality"), &|r, v, p| {
            r.slug_of(v, p, Modality::from_slug, Modality::expected)
        })
    });
    let access = o.req(r, "access").and_then(|v| {
        fact(r, v, o.at("access"), &|r, v, p| {
            r.slug_of(v, p, Access::from_slug, Access::expected)
        })
    });
    let licence = o
        .req(r, "licence")
        .and_then(|v| fact(r, v, o.at("licence"), &licence));
    let base_model = o
        .req(r, "base_model")
        .and_then(|v| fact(r, v, o.at("base_model"), &base));
    let benchmarks = o
        .req(r, "benchmarks")
        .and_then(|v| list_of(r, v, &o.at("benchmarks"), &benchmark).map(Cow::Owned));
    let claims = o
        .req(r, "claims")
        .and_then(|v| list_of(r, v, &o.at("claims"), &claim).map(Cow::Owned));
    let note = o.opt("note").map(|v| r.text(v, &o.at("note")));
    o.finish(r);
    Some(Model {
        id: Cow::Owned(id?),
        org: org?,
        family: Cow::Owned(family?),
        version: Cow::Owned(version?),
        name: name?,
        aliases: aliases?,
        reference: reference?,
        in_article: in_article?,
        ecosystem_graphs: present(ecosystem_graphs)?,
        released: released?,
        params: params?,
        context: context?,
        modality: modality?,
        access: access?,
        licence: licence?,
        base_model: base_model?,
        benchmarks: benchmarks?,
        claims: claims?,
        note: present(note)?,
    })
}

/// Ids of a programme's teams or rounds, for references inside the programme.
fn local_ids(items: &[Value]) -> HashMap<String, u16> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((v.get("id")?.as_str()?.to_string(), i as u16)))
        .collect()
}

/// A reference to a team or round of the programme being read.
fn local_ref(
    r: &mut Reader,
    v: &Value,
    path: &str,
    ids: &HashMap<String, u16>,
    what: &str,
) -> Option<u16> {
    let id = r.string(v, path)?;
    let found = ids.get(&id).copied();
    if found.is_none() {
        r.error(
            path,
            format!("unknown {what} id \"{id}\" in this programme"),
        );
    }
    found
}

/// Reports ids that are not slugs or appear twice in one list.
fn check_local_ids(r: &mut Reader, items: &[Value], path: &str) {
    let mut seen = HashSet::new();
    for (i, item) in items.iter().enumerate() {
        let Some(id) = item.get("id") else { continue };
        let at = entry_path(path, item, i);
        if let Some(id) = r.slug(id, &format!("{at}.id")) {
            if !seen.insert(id.clone()) {
                r.error(format!("{at}.id"), format!("duplicate id \"{id}\""));
            }
        }
    }
}

fn team(r: &mut Reader, v: &Value, path: String, rounds: &HashMap<String, u16>) -> Option<Team> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "id").and_then(|v| r.string(v, &o.at("id")));
    let name = o.req(r, "name").and_then(|v| r.text(v, &o.at("name")));
    let org = o
        .opt("org")
        .map(|v| r.reference(v, &o.at("org"), Table::Org).map(OrgRef));
    let entries = o.req(r, "entries").and_then(|v| {
        list_of(r, v, &o.at("entries"), &|r, v, path| {
            let mut e = r.obj(v, path)?;
            let model = e
                .req(r, "model")
                .and_then(|v| r.reference(v, &e.at("model"), Table::Model))
                .map(ModelRef);
            let round = e
                .req(r, "round")
                .and_then(|v| local_ref(r, v, &e.at("round"), rounds, "round"))
                .map(RoundRef);
            let (source, status, note) = provenance(r, &mut e);
            e.finish(r);
            Some(Entry {
                model: model?,
                round: round?,
                source: source?,
                status: status?,
                note,
            })
        })
        .map(Cow::Owned)
    });
    o.finish(r);
    Some(Team {
        id: Cow::Owned(id?),
        name: name?,
        org: present(org)?,
        entries: entries?,
    })
}

fn outcome(
    r: &mut Reader,
    v: &Value,
    path: String,
    teams: &HashMap<String, u16>,
) -> Option<Outcome> {
    let mut o = r.obj(v, path)?;
    let team = o
        .req(r, "team")
        .and_then(|v| local_ref(r, v, &o.at("team"), teams, "team"))
        .map(TeamRef);
    let result = o.req(r, "result").and_then(|v| {
        r.slug_of(
            v,
            &o.at("result"),
            OutcomeKind::from_slug,
            OutcomeKind::expected,
        )
    });
    let reason = o.opt("reason").map(|v| r.text(v, &o.at("reason")));
    if result == Some(OutcomeKind::Dropped) && !o.has("reason") {
        r.error(o.at("reason"), "missing: say why the team was dropped");
    }
    let (source, status, note) = provenance(r, &mut o);
    o.finish(r);
    Some(Outcome {
        team: team?,
        result: result?,
        reason: present(reason)?,
        source: source?,
        status: status?,
        note,
    })
}

/// `{"unknown": kind, "reason": {...}, "source"?: id}`: why something is not known.
fn missing(r: &mut Reader, v: &Value, path: String) -> Option<Missing> {
    let mut o = r.obj(v, path)?;
    let m = missing_fields(r, &mut o);
    o.finish(r);
    m
}

/// The fields of a [`Missing`] in an object already open (an unknown fact, or a round's
/// `outcome_unknown`): every field is read, so each mistake is reported.
fn missing_fields(r: &mut Reader, o: &mut Obj) -> Option<Missing> {
    let kind = o.req(r, "unknown").and_then(|v| {
        r.slug_of(
            v,
            &o.at("unknown"),
            UnknownKind::from_slug,
            UnknownKind::expected,
        )
    });
    let reason = o.req(r, "reason").and_then(|v| r.text(v, &o.at("reason")));
    let source = o.opt("source").map(|v| {
        r.reference(v, &o.at("source"), Table::Source)
            .map(SourceRef)
    });
    Some(Missing {
        kind: kind?,
        reason: reason?,
        source: present(source)?,
    })
}

fn round(r: &mut Reader, v: &Value, path: String, teams: &HashMap<String, u16>) -> Option<Round> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "id").and_then(|v| r.string(v, &o.at("id")));
    let kind = o
        .req(r, "kind")
        .and_then(|v| r.slug_of(v, &o.at("kind"), RoundKind::from_slug, RoundKind::expected));
    let name = o.req(r, "name").and_then(|v| r.text(v, &o.at("name")));
    let date = o
        .req(r, "date")
        .and_then(|v| fact(r, v, o.at("date"), &|r, v, p| r.date(v, p)));
    if let Some(Fact::Unknown(_)) = date {
        r.error(o.at("date.value"), "a round needs a date");
    }
    let outcomes = match o.opt("outcomes") {
        Some(v) => list_of(r, v, &o.at("outcomes"), &|r, v, p| outcome(r, v, p, teams)),
        None => Some(Vec::new()),
    };
    let outcome_unknown = o
        .opt("outcome_unknown")
        .map(|v| missing(r, v, o.at("outcome_unknown")));
    let note = o.opt("note").map(|v| r.text(v, &o.at("note")));
    o.finish(r);
    Some(Round {
        id: Cow::Owned(id?),
        kind: kind?,
        name: name?,
        date: date?,
        outcomes: Cow::Owned(outcomes?),
        outcome_unknown: present(outcome_unknown)?,
        note: present(note)?,
    })
}

fn programme(r: &mut Reader, v: &Value, path: String) -> Option<Programme> {
    let mut o = r.obj(v, path)?;
    let id = o.req(r, "id").and_then(|v| r.slug(v, &o.at("id")));
    let name = o.req(r, "name").and_then(|v| r.text(v, &o.at("name")));
    let run_by = o.req(r, "run_by").and_then(|v| r.text(v, &o.at("run_by")));
    let note = o.opt("note").map(|v| r.text(v, &o.at("note")));
    let sources = o
        .req(r, "sources")
        .and_then(|v| source_refs(r, v, &o.at("sources")));
    let empty = Vec::new();
    let team_list = o
        .req(r, "teams")
        .and_then(|v| r.list(v, &o.at("teams")))
        .unwrap_or(&empty);
    let round_list = o
        .req(r, "rounds")
        .and_then(|v| r.list(v, &o.at("rounds")))
        .unwrap_or(&empty);
    check_local_ids(r, team_list, &o.at("teams"));
    check_local_ids(r, round_list, &o.at("rounds"));
    let (team_ids, round_ids) = (local_ids(team_list), local_ids(round_list));
    let before = r.errors.len();
    let teams: Vec<Team> = team_list
        .iter()
        .enumerate()
        .filter_map(|(i, v)| team(r, v, entry_path(&o.at("teams"), v, i), &round_ids))
        .collect();
    let rounds: Vec<Round> = round_list
        .iter()
        .enumerate()
        .filter_map(|(i, v)| round(r, v, entry_path(&o.at("rounds"), v, i), &team_ids))
        .collect();
    o.finish(r);
    if r.errors.len() != before {
        return None;
    }
    Some(Programme {
        id: Cow::Owned(id?),
        name: name?,
        run_by: run_by?,
        note: present(note)?,
        sources: sources?,
        teams: Cow::Owned(teams),
        rounds: Cow::Owned(rounds),
    })
}

/// Registers the ids of a table, reporting duplicates and non-slugs.
fn register(r: &mut Reader, items: &[Value], table: &str, which: Table) {
    for (i, item) in items.iter().enumerate() {
        let Some(id) = item.get("id").and_then(Value::as_str) else {
            continue; // reported when the entry itself is read
        };
        let map = match which {
            Table::Source => &mut r.source_ids,
            Table::Org => &mut r.org_ids,
            Table::Model => &mut r.model_ids,
        };
        if map.insert(id.to_string(), i as u16).is_some() {
            r.error(
                format!("{table}[{id}].id"),
                format!("duplicate id \"{id}\""),
            );
        }
    }
}

/// Parses the whole dataset; every problem found is returned, not just the first.
pub fn parse(json: &str) -> Result<Dataset, Vec<super::DataError>> {
    let mut r = Reader::default();
    let root: Value = serde_json::from_str(json).map_err(|e| {
        vec![super::DataError {
            path: "data/models.json".into(),
            problem: format!("not valid JSON: {e}"),
        }]
    })?;
    let Some(mut o) = r.obj(&root, "$".into()) else {
        return Err(r.errors);
    };
    let empty = Vec::new();
    let lists: Vec<&Vec<Value>> = ["sources", "orgs", "models"]
        .iter()
        .map(|&k| match o.req(&mut r, k) {
            Some(v) => r.list(v, k).unwrap_or(&empty),
            None => &empty,
        })
        .collect();
    register(&mut r, lists[0], "sources", Table::Source);
    register(&mut r, lists[1], "orgs", Table::Org);
    register(&mut r, lists[2], "models", Table::Model);
    if lists[2].len() > u16::MAX as usize {
        r.error("models", "too many models");
    }

    let schema = o
        .req(&mut r, "schema")
        .and_then(|v| r.integer(v, "schema", 1, 1));
    let as_of = o.req(&mut r, "as_of").and_then(|v| r.date(v, "as_of"));
    let article = o.req(&mut r, "article").and_then(|v| {
        let mut a = r.obj(v, "article".into())?;
        let source = a
            .req(&mut r, "source")
            .and_then(|v| r.reference(v, "article.source", Table::Source));
        let date = a
            .req(&mut r, "date")
            .and_then(|v| r.date(v, "article.date"));
        a.finish(&mut r);
        Some(Article {
            source: SourceRef(source?),
            date: date?,
        })
    });
    let background = match o.opt("background") {
        Some(v) => source_refs(&mut r, v, "background"),
        None => Some(Cow::Owned(Vec::new())),
    };
    let sources: Vec<Source> = lists[0]
        .iter()
        .enumerate()
        .filter_map(|(i, v)| source(&mut r, v, entry_path("sources", v, i)))
        .collect();
    let orgs: Vec<Org> = lists[1]
        .iter()
        .enumerate()
        .filter_map(|(i, v)| org(&mut r, v, entry_path("orgs", v, i)))
        .collect();
    let models: Vec<Model> = lists[2]
        .iter()
        .enumerate()
        .filter_map(|(i, v)| model(&mut r, v, entry_path("models", v, i)))
        .collect();
    let programmes = match o.opt("programmes") {
        Some(v) => list_of(&mut r, v, "programmes", &|r, v, path| {
            let path = match v.get("id").and_then(Value::as_str) {
                Some(id) => format!("programmes[{id}]"),
                None => path,
            };
            programme(r, v, path)
        }),
        None => Some(Vec::new()),
    };
    o.finish(&mut r);

    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    match (schema, as_of, article, background, programmes) {
        (Some(schema), Some(as_of), Some(article), Some(background), Some(programmes)) => {
            Ok(Dataset {
                schema: schema as u32,
                as_of,
                article,
                background,
                sources: Cow::Owned(sources),
                orgs: Cow::Owned(orgs),
                models: Cow::Owned(models),
                programmes: Cow::Owned(programmes),
            })
        }
        _ => Err(r.errors),
    }
}
