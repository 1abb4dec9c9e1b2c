//! The JSON export: the models with the provenance of every value, the programmes, the
//! release, the licence and the gap figures.

use super::gap::{gap_comparisons, gap_json};
use super::write::{base_text, flag, Json};
use crate::i18n::{format, ui};
use crate::model::*;
use crate::release;
use crate::settings::Lang;

/// The models as a JSON array with the provenance of every value (source URLs resolved),
/// after the data's as-of date, the release, the data's licence, how to cite it, and the
/// programmes (teams, rounds and results).
pub fn json(d: &Dataset, models: &[ModelRef]) -> String {
    let mut j = Json(String::new());
    let name = release::name(d.as_of);
    j.raw("{").key("as_of").str(&d.as_of.to_string());
    j.key("release").str(&name);
    j.key("licence")
        .raw("{")
        .key("name")
        .str(release::DATA_LICENCE);
    j.key("url").str(release::DATA_LICENCE_URL);
    j.key("terms").raw("{");
    for (key, lang) in [("ko", Lang::Ko), ("en", Lang::En)] {
        j.key(key).str(&ui::data_licence(lang).concat());
    }
    j.raw("}}").key("cite_as").raw("{");
    for (key, lang) in [("ko", Lang::Ko), ("en", Lang::En)] {
        j.key(key).str(&ui::citation(lang, &name, d.as_of));
    }
    j.raw("}");
    j.key("programmes").raw("[");
    for p in d.programmes.iter() {
        j.key_less_object();
        programme_json(&mut j, d, p);
    }
    j.raw("]");
    j.key("models").raw("[\n");
    for (i, &r) in models.iter().enumerate() {
        if i > 0 {
            j.raw(",\n");
        }
        model_json(&mut j, d, r);
    }
    j.raw("\n]");
    j.key("gap").raw("[\n");
    for (i, (bench, c)) in gap_comparisons(d).iter().enumerate() {
        if i > 0 {
            j.raw(",\n");
        }
        gap_json(&mut j, d, *bench, c);
    }
    j.raw("\n]}\n");
    j.0
}

/// The members of a programme object, after its opening `{`, and the closing `}`.
fn programme_json(j: &mut Json, d: &Dataset, p: &Programme) {
    j.key("id").str(&p.id);
    j.key("name").text(&p.name);
    j.key("run_by").text(&p.run_by);
    match &p.note {
        Some(t) => j.key("note").text(t),
        None => j.key("note").raw("null"),
    };
    j.key("sources").raw("[");
    for (i, s) in p.sources.iter().enumerate() {
        if i > 0 {
            j.raw(",");
        }
        j.str(&d.source(*s).url);
    }
    j.raw("]");
    j.key("teams").raw("[");
    for t in p.teams.iter() {
        j.key_less_object();
        j.key("id").str(&t.id);
        j.key("name").text(&t.name);
        match t.org {
            Some(o) => j.key("developer").str(&d.org(o).id),
            None => j.key("developer").raw("null"),
        };
        j.key("entries").raw("[");
        for e in t.entries.iter() {
            j.key_less_object();
            j.key("model").str(&d.model(e.model).id);
            j.key("round").str(&p.round(e.round).id);
            j.key("status").str(e.status.slug());
            j.key("source").str(&d.source(e.source).url).raw("}");
        }
        j.raw("]}");
    }
    j.raw("]");
    j.key("rounds").raw("[");
    for r in p.rounds.iter() {
        j.key_less_object();
        j.key("id").str(&r.id);
        j.key("kind").str(r.kind.slug());
        j.key("name").text(&r.name);
        match &r.note {
            Some(t) => j.key("note").text(t),
            None => j.key("note").raw("null"),
        };
        j.key("date");
        j.fact(d, &r.date, |j, date| {
            j.str(&date.to_string());
        });
        j.key("outcomes").raw("[");
        for o in r.outcomes.iter() {
            j.key_less_object();
            j.key("team").str(&p.team(o.team).id);
            j.key("result").str(o.result.slug());
            match &o.reason {
                Some(t) => j.key("reason").text(t),
                None => j.key("reason").raw("null"),
            };
            j.key("status").str(o.status.slug());
            j.key("source").str(&d.source(o.source).url).raw("}");
        }
        j.raw("]");
        match &r.outcome_unknown {
            None => {
                j.key("outcome_unknown").raw("null");
            }
            Some(m) => {
                j.key("outcome_unknown")
                    .raw("{")
                    .key("unknown")
                    .str(m.kind.slug());
                j.key("reason").text(&m.reason);
                match m.source {
                    Some(s) => j.key("source").str(&d.source(s).url),
                    None => j.key("source").raw("null"),
                };
                j.raw("}");
            }
        }
        j.raw("}");
    }
    j.raw("]}");
}

fn model_json(j: &mut Json, d: &Dataset, r: ModelRef) {
    let m = d.model(r);
    let org = d.org_of(m);
    j.raw("{").key("id").str(&m.id);
    j.key("name").text(&m.name);
    j.key("developer").raw("{").key("id").str(&org.id);
    j.key("name").text(&org.name);
    j.key("kind").str(org.kind.slug()).raw("}");
    j.key("reference").raw(flag(m.reference));
    j.key("in_article").raw(flag(m.in_article));
    j.key("released");
    j.fact(d, &m.released, |j, r| {
        j.str(&r.date.to_string());
    });
    j.key("params_billions");
    j.fact(d, &m.params, |j, s| {
        let totals: Vec<String> = s.iter().map(|s| format::decimal(s.total, 3)).collect();
        j.raw("[").raw(&totals.join(",")).raw("]");
    });
    j.key("context_tokens");
    j.fact(d, &m.context, |j, n| {
        j.raw(&n.to_string());
    });
    j.key("modality");
    j.fact(d, &m.modality, |j, x| {
        j.str(x.slug());
    });
    j.key("access");
    j.fact(d, &m.access, |j, a| {
        j.str(a.slug());
    });
    j.key("licence");
    j.fact(d, &m.licence, |j, l| {
        j.raw("{").key("name").str(&l.name);
        j.key("kind").str(l.kind.slug()).raw("}");
    });
    j.key("base_model");
    j.fact(d, &m.base_model, |j, b| {
        j.str(&base_text(d, b));
    });
    j.key("benchmarks").raw("[");
    for b in m.benchmarks.iter() {
        j.key_less_object();
        j.key("benchmark").str(b.benchmark.slug());
        j.key("value").raw(&format::decimal(b.value, 3));
        match b.size {
            Some(s) => j.key("size_billions").raw(&format::decimal(s, 3)),
            None => j.key("size_billions").raw("null"),
        };
        j.key("variant").str(b.variant.slug());
        match &b.setting {
            Some(x) => j.key("setting").str(x),
            None => j.key("setting").raw("null"),
        };
        match b.shots {
            Some(n) => j.key("shots").raw(&n.to_string()),
            None => j.key("shots").raw("null"),
        };
        match b.cot {
            Some(x) => j.key("cot").raw(flag(x)),
            None => j.key("cot").raw("null"),
        };
        j.key("measured_by").str(&d.org(b.measured_by).id);
        j.key("self_reported").raw(flag(b.measured_by == m.org));
        j.key("status").str(b.status.slug());
        j.key("source").str(&d.source(b.source).url);
        // Where the source states the setting (shots, chain-of-thought, checkpoint).
        j.key("evidence").raw("{").key("where").str(&b.evidence.at);
        match &b.evidence.words {
            Some(w) => j.key("words").str(w),
            None => j.key("words").raw("null"),
        };
        j.raw("}}");
    }
    j.raw("]");
    j.key("claims").raw("[");
    for c in m.claims.iter() {
        j.key_less_object();
        j.key("text").text(&c.text);
        j.key("date").str(&c.date.to_string());
        j.key("by").str(c.by.slug());
        j.key("status").str(c.status.slug());
        j.key("source").str(&d.source(c.source).url).raw("}");
    }
    j.raw("]");
    j.key("programme");
    match d.programme_entry(r) {
        None => {
            j.raw("null");
        }
        Some(p) => {
            j.raw("{").key("id").str(&p.programme.id);
            j.key("team").str(&p.team().id);
            j.key("entered").raw("[");
            for (i, e) in p.entries(r).enumerate() {
                if i > 0 {
                    j.raw(",");
                }
                j.str(&p.programme.round(e.round).id);
            }
            j.raw("]");
            match p.standing() {
                Some((round, o)) => {
                    j.key("standing")
                        .raw("{")
                        .key("result")
                        .str(o.result.slug());
                    j.key("round").str(&round.id).raw("}");
                }
                None => {
                    j.key("standing").raw("null");
                }
            }
            j.raw("}");
        }
    }
    j.raw("}");
}
