//! The dataset's JSON Schema, generated from its types (`model`), and the first check of the
//! file against it: every mistake at once, each as a path and a plain sentence.
//!
//! The committed copy, `data/models.schema.json`, is what `"$schema"` at the top of the data
//! file points editors at (underlined mistakes, allowed values and descriptions while typing);
//! `tests/dataset.rs` fails when it differs from [`schema`] (`UPDATE_SCHEMA=1` rewrites it).

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use jsonschema::ValidationError;
use serde_json::{json, Map, Value};

use super::{path_text, DataError, Step};
use crate::model::json::{DATE, MAYBE_EMPTY, TRIMMED};
use crate::model::Dataset;

/// Where the schema says it lives (its `$id`), relative to the data file that names it.
pub const FILE: &str = "models.schema.json";

/// The schema of `data/models.json`, generated from [`Dataset`] and its field docs. Every
/// string without a pattern of its own must be non-empty with no spaces at either end; the
/// data file may name the schema in `"$schema"`.
pub fn schema() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Dataset>();
    let mut v = schema.to_value();
    tighten_strings(&mut v);
    if let Some(root) = v.as_object_mut() {
        root.insert("$id".into(), json!(FILE));
        root.insert(
            "title".into(),
            json!("kllm-widget dataset (data/models.json)"),
        );
        if let Some(Value::Object(props)) = root.get_mut("properties") {
            props.insert(
                "$schema".into(),
                json!({"type": "string", "description": "The schema this file follows, for editors: \"./models.schema.json\"."}),
            );
        }
    }
    v
}

/// Gives every string schema without a pattern, an allowed list or a constant the rule every
/// text of the data follows: not empty, no spaces at either end.
fn tighten_strings(v: &mut Value) {
    match v {
        Value::Object(o) => {
            let string = match o.get("type") {
                Some(Value::String(t)) => t == "string",
                Some(Value::Array(ts)) => ts.iter().any(|t| t == "string"),
                _ => false,
            };
            let open = ["pattern", "enum", "const", "format"]
                .iter()
                .all(|k| !o.contains_key(*k));
            if string && open {
                o.insert("pattern".into(), json!(TRIMMED));
            }
            for child in o.values_mut() {
                tighten_strings(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tighten_strings),
        _ => {}
    }
}

/// A short description of a value for messages: `"32"`, `a list`, `null`.
fn describe(v: &Value) -> String {
    match v {
        Value::String(s) if s.chars().count() > 40 => {
            format!("\"{}…\"", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
        other => other.to_string(),
    }
}

/// What a JSON type is called in messages.
fn type_name(kind: &TypeKind) -> String {
    let one = |t: &str| match t {
        "object" => "an object".to_string(),
        "array" => "a list".to_string(),
        "string" => "a text".to_string(),
        "integer" => "a whole number".to_string(),
        "number" => "a number".to_string(),
        "boolean" => "true or false".to_string(),
        "null" => "null".to_string(),
        other => other.to_string(),
    };
    match kind {
        TypeKind::Single(t) => one(&t.to_string()),
        // "a whole number", not "a whole number or null": null is the way to say unknown.
        TypeKind::Multiple(ts) => ts
            .iter()
            .filter(|t| t.to_string() != "null")
            .map(|t| one(&t.to_string()))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

/// The few words a data editor needs with a missing field.
fn missing_hint(field: &str, instance: &Value) -> String {
    let hint = match field {
        "value" => " (use null with \"unknown\" and \"reason\" when the value is not known)",
        "ecosystem_graphs" => " (null when Ecosystem Graphs does not list the model)",
        "evidence" => {
            ": say where the source states the score's setting ({\"where\": …, \"words\": …})"
        }
        _ => "",
    };
    let score = match (instance.get("benchmark"), instance.get("value")) {
        (Some(Value::String(b)), Some(v)) => format!(" — the {b} score {v}"),
        _ => String::new(),
    };
    format!("missing{hint}{score}")
}

/// The node of the schema an error's keyword sits in (for the other bound of a range).
fn schema_node<'a>(schema: &'a Value, e: &ValidationError) -> Option<&'a Value> {
    let mut at = schema;
    let segments: Vec<LocationSegment> = e.schema_path().iter().collect();
    // The last segment is the keyword itself.
    for s in &segments[..segments.len().saturating_sub(1)] {
        at = match s {
            LocationSegment::Property(p) => at.get(p.as_ref())?,
            LocationSegment::Index(i) => at.get(*i)?,
        };
    }
    Some(at)
}

/// One schema error as the data editor reads it (an unknown-fields error becomes one per field).
fn explain(root: &Value, schema: &Value, e: &ValidationError) -> Vec<DataError> {
    let steps: Vec<Step> = e
        .instance_path()
        .iter()
        .map(|s| match s {
            LocationSegment::Property(p) => Step::Key(p.to_string()),
            LocationSegment::Index(i) => Step::Index(i),
        })
        .collect();
    let at = |extra: Option<&str>| {
        let mut s = steps.clone();
        s.extend(extra.map(|k| Step::Key(k.to_string())));
        path_text(root, &s)
    };
    let instance = e.instance();
    let one = |path: String, problem: String| vec![DataError { path, problem }];
    match e.kind() {
        ValidationErrorKind::Required { property } => {
            let field = property.as_str().unwrap_or_default();
            one(at(Some(field)), missing_hint(field, instance))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|k| DataError {
                path: at(Some(k)),
                problem: "unknown field".into(),
            })
            .collect(),
        ValidationErrorKind::Enum { options } => {
            let allowed: Vec<String> = options
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|o| o.as_str().map(str::to_string))
                .collect();
            one(
                at(None),
                format!(
                    "unknown value {} (expected one of: {})",
                    describe(instance),
                    allowed.join(", ")
                ),
            )
        }
        ValidationErrorKind::Type { kind } => one(
            at(None),
            format!("expected {}, got {}", type_name(kind), describe(instance)),
        ),
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => {
            let node = schema_node(schema, e);
            // 100000.0 reads 100000, as the data editor would write it.
            let bound = |k| {
                node.and_then(|n| n.get(k))
                    .map(|b| b.to_string().trim_end_matches(".0").to_string())
            };
            let range = match (bound("minimum"), bound("maximum")) {
                (Some(lo), Some(hi)) => format!("{lo}..={hi}"),
                (Some(lo), None) => format!("{lo} or more"),
                (None, Some(hi)) => format!("up to {hi}"),
                (None, None) => "range".into(),
            };
            one(at(None), format!("{} is out of range {range}", instance))
        }
        ValidationErrorKind::Pattern { pattern } => {
            let what = match pattern.as_str() {
                crate::model::json::SLUG => "not a slug (lowercase a-z, 0-9 and -)".to_string(),
                crate::model::json::URL => {
                    let https = instance.as_str().is_some_and(|s| s.starts_with("https://"));
                    if https {
                        "not a valid URL".into()
                    } else {
                        "not an https:// URL".into()
                    }
                }
                crate::model::json::COUNTRY => "not an ISO 3166-1 alpha-2 code".into(),
                DATE => "not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)".into(),
                TRIMMED | MAYBE_EMPTY => {
                    if instance.as_str().is_some_and(|s| s.trim().is_empty()) {
                        return one(at(None), "must not be empty".into());
                    }
                    "a text with leading or trailing spaces".into()
                }
                other => format!("not of the form {other}"),
            };
            one(at(None), format!("{} is {what}", describe(instance)))
        }
        // A field that may be null but is not: what is wrong with its value.
        ValidationErrorKind::AnyOf { context } if !instance.is_null() => context
            .iter()
            .flatten()
            .filter(|b| !matches!(b.kind(), ValidationErrorKind::Type { kind: TypeKind::Single(t) } if t.to_string() == "null"))
            .flat_map(|b| explain(root, schema, b))
            .collect(),
        ValidationErrorKind::MinItems { .. } => one(
            at(None),
            "an empty list: use null with a reason instead".into(),
        ),
        _ => one(at(None), e.to_string()),
    }
}

/// Checks the file against the schema: every problem, in the file's order.
pub fn check(root: &Value) -> Vec<DataError> {
    let schema = schema();
    let validator = match jsonschema::validator_for(&schema) {
        Ok(v) => v,
        Err(e) => {
            return vec![DataError {
                path: "data/models.schema.json".into(),
                problem: format!("the generated schema is not valid (a bug in src/model): {e}"),
            }]
        }
    };
    let mut errors: Vec<DataError> = validator
        .iter_errors(root)
        .flat_map(|e| explain(root, &schema, &e))
        .collect();
    errors.dedup();
    errors
}

/// The schema as committed: pretty-printed, keys in a stable order, a final newline.
pub fn text() -> String {
    fn sorted(v: &Value) -> Value {
        match v {
            Value::Object(o) => {
                let mut keys: Vec<&String> = o.keys().collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    out.insert(k.clone(), sorted(&o[k]));
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    let mut s = serde_json::to_string_pretty(&sorted(&schema())).expect("a schema serialises");
    s.push('\n');
    s
}
