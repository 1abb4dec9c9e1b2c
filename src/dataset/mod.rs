//! Reading and validating `data/models.json`. Runs natively only: in `build.rs` (which embeds
//! the result into the crate as a blob, `model::blob`) and in tests. The wasm never parses.
//!
//! Three steps, each reporting every problem it finds, each naming the entry and the field:
//! 1. the file against the JSON Schema generated from the dataset's types (`schema`): shapes,
//!    required and unknown fields, allowed values, patterns, ranges — the same checks an
//!    editor makes while the file is typed, through its `"$schema"`;
//! 2. the ids of every table, then the typed dataset itself (`serde`, in `model`), which
//!    resolves every reference by id and checks that dates exist;
//! 3. the rules that need the whole dataset (`rules`): sizes, self-reported scores, setting
//!    evidence, disputes, canonical sources, dates against the as-of date, programme rounds.

mod rules;
pub mod schema;

pub use rules::MIRROR_HOSTS;

use std::collections::HashMap;
use std::fmt;

use serde_json::Value;

use crate::model::json::{take_fix, with_ids, Ids};
use crate::model::Dataset;

/// One problem in the dataset: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// Path of the offending value, e.g. `models[kanana].released.value.date`.
    pub path: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// One step of a path into the file.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Lists whose entries are named by their `id` in messages (`models[exaone-3-5]`).
const NAMED: [&str; 6] = ["sources", "orgs", "models", "programmes", "teams", "rounds"];

/// The path as messages write it: `models[exaone-3-5].params.value[1].total`, entries of the
/// named tables by their id; a field of the top level as `$.as_of`.
pub fn path_text(root: &Value, steps: &[Step]) -> String {
    let mut out = String::new();
    let mut at = Some(root);
    let mut parent_key: Option<&str> = None;
    for step in steps {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
                at = at.and_then(|v| v.get(k));
                parent_key = Some(k);
            }
            Step::Index(i) => {
                let item = at.and_then(|v| v.get(*i));
                let id = item
                    .filter(|_| parent_key.is_some_and(|k| NAMED.contains(&k)))
                    .and_then(|v| v.get("id"))
                    .and_then(Value::as_str);
                match id {
                    Some(id) => out.push_str(&format!("[{id}]")),
                    None => out.push_str(&format!("[{i}]")),
                }
                at = item;
                parent_key = None;
            }
        }
    }
    match steps {
        [] => "$".into(),
        [Step::Key(_)] => format!("$.{out}"),
        _ => out,
    }
}

/// The ids of every table, and the problems with them (an id used twice).
fn collect_ids(root: &Value, errors: &mut Vec<DataError>) -> Ids {
    fn table(
        root: &Value,
        items: Option<&Value>,
        steps: &[Step],
        map: &mut HashMap<String, u16>,
        errors: &mut Vec<DataError>,
    ) {
        for (i, item) in items
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let Some(id) = item.get("id").and_then(Value::as_str) else {
                continue;
            };
            if map.insert(id.to_string(), i as u16).is_some() {
                let mut at = steps.to_vec();
                at.extend([Step::Index(i), Step::Key("id".into())]);
                errors.push(DataError {
                    path: path_text(root, &at),
                    problem: format!("duplicate id \"{id}\""),
                });
            }
        }
    }
    let mut ids = Ids::default();
    for (key, map) in [
        ("sources", &mut ids.sources),
        ("orgs", &mut ids.orgs),
        ("models", &mut ids.models),
    ] {
        table(root, root.get(key), &[Step::Key(key.into())], map, errors);
    }
    let programmes = root.get("programmes").and_then(Value::as_array);
    for (p, programme) in programmes.into_iter().flatten().enumerate() {
        for (key, map) in [("teams", &mut ids.teams), ("rounds", &mut ids.rounds)] {
            let steps = [
                Step::Key("programmes".into()),
                Step::Index(p),
                Step::Key(key.into()),
            ];
            table(root, programme.get(key), &steps, map, errors);
        }
    }
    ids
}

/// The value at `steps`, to put a known id in place of an unknown one.
fn at_mut<'a>(v: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(v, |v, s| match s {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// Reads the typed dataset from a file that matches the schema. A reference to an unknown id
/// (or a date that does not exist) fails serde at one place; that place is reported, given a
/// known value, and the file read again, so every such problem is reported in one run.
fn deserialize(root: &Value, ids: Ids) -> Result<Dataset, Vec<DataError>> {
    let mut value = root.clone();
    let mut errors = Vec::new();
    with_ids(ids, || loop {
        match serde_path_to_error::deserialize::<_, Dataset>(&value) {
            Ok(d) if errors.is_empty() => return Ok(d),
            Ok(_) => return Err(errors),
            Err(e) => {
                let steps: Vec<Step> = e
                    .path()
                    .iter()
                    .filter_map(|s| match s {
                        serde_path_to_error::Segment::Seq { index } => Some(Step::Index(*index)),
                        serde_path_to_error::Segment::Map { key } => Some(Step::Key(key.clone())),
                        _ => None,
                    })
                    .collect();
                errors.push(DataError {
                    path: path_text(root, &steps),
                    problem: e.inner().to_string(),
                });
                // An unknown id takes a known one, a date that does not exist one that does.
                let fixed = match (take_fix().map(Value::String), at_mut(&mut value, &steps)) {
                    (Some(fix), Some(slot)) if *slot != fix => {
                        *slot = fix;
                        true
                    }
                    _ => false,
                };
                if !fixed || errors.len() > 500 {
                    return Err(errors);
                }
            }
        }
    })
}

/// Parses and checks a dataset; every problem found is returned, each naming its entry and
/// field.
pub fn load(json: &str) -> Result<Dataset, Vec<DataError>> {
    let mut root: Value = serde_json::from_str(json).map_err(|e| {
        vec![DataError {
            path: "data/models.json".into(),
            problem: format!("not valid JSON: {e}"),
        }]
    })?;
    let mut errors = schema::check(&root);
    if let Some(o) = root.as_object_mut() {
        // The editor's pointer to the schema: not part of the data.
        o.remove("$schema");
    }
    let ids = collect_ids(&root, &mut errors);
    // Read even when the schema found mistakes: references to unknown ids are found only
    // here, and a mistake the schema reported already is not reported twice.
    let dataset = deserialize(&root, ids);
    // Whether one path is the other or inside it (serde names the object a field is missing
    // from; the schema names the field).
    let within =
        |a: &str, b: &str| a == b || a.strip_prefix(b).is_some_and(|r| r.starts_with(['.', '[']));
    for e in dataset.as_ref().err().into_iter().flatten() {
        let known = errors
            .iter()
            .any(|x| within(&x.path, &e.path) || within(&e.path, &x.path));
        if !known {
            errors.push(e.clone());
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let dataset = dataset.expect("no errors");
    let errors = rules::check(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}
