//! The typed dataset: models, organisations, sources and the provenance of every value.
//!
//! Strings and lists are `Cow<'static, _>` so one set of types serves both the build-time
//! parser (owned values from `data/models.json`) and the widget, which decodes the embedded
//! blob (`blob`) with its strings borrowed from it. Pure: no browser imports.

pub mod blob;
mod date;
mod enums;

pub use date::{Date, Precision};
pub use enums::*;

use std::borrow::Cow;

/// A string borrowed from the embedded blob in the widget and owned while parsing.
pub type Str = Cow<'static, str>;
/// A list (owned in both: the widget builds it while decoding the blob).
pub type List<T> = Cow<'static, [T]>;

/// A text in both languages the widget speaks.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub ko: Str,
    pub en: Str,
}

/// Index of a source in [`Dataset::sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceRef(pub u16);
/// At most this many organisations: the filters keep the pressed ones as bits of a `u64`
/// (the build checks the dataset against it).
pub const MAX_ORGS: usize = 64;

/// Index of an organisation in [`Dataset::orgs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgRef(pub u16);
/// Index of a model in [`Dataset::models`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModelRef(pub u16);

/// A value with its provenance, or the reason it is unknown.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact<T: Clone + 'static> {
    Known(Known<T>),
    Unknown(Missing),
}

/// A known value and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Known<T: Clone + 'static> {
    pub value: T,
    pub source: SourceRef,
    pub status: Status,
    pub note: Option<Text>,
    /// Other values that other sources give (only when `status` is `Disputed`).
    pub alternatives: List<Alternative<T>>,
}

/// A value another source gives for a disputed fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative<T: Clone + 'static> {
    pub value: T,
    pub source: SourceRef,
    pub status: Status,
    pub note: Option<Text>,
}

/// Why a value is unknown, and where that is said (if anywhere).
#[derive(Clone, Debug, PartialEq)]
pub struct Missing {
    pub kind: UnknownKind,
    pub reason: Text,
    pub source: Option<SourceRef>,
}

impl<T: Clone + 'static> Fact<T> {
    /// The value, when known.
    pub fn value(&self) -> Option<&T> {
        match self {
            Fact::Known(k) => Some(&k.value),
            Fact::Unknown(_) => None,
        }
    }
}

/// One document the dataset cites.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: Str,
    /// Canonical `https://` URL.
    pub url: Str,
    pub title: Str,
    pub publisher: Str,
    pub kind: SourceKind,
    pub date: Option<Date>,
}

/// A developer or an evaluator.
#[derive(Clone, Debug, PartialEq)]
pub struct Org {
    pub id: Str,
    pub name: Text,
    pub kind: OrgKind,
    /// ISO 3166-1 alpha-2 code of the headquarters.
    pub country: Str,
    pub url: Str,
    pub note: Option<Text>,
    /// Sources for the note, kind or country.
    pub sources: List<SourceRef>,
}

/// When a model came out, and what the date marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub date: Date,
    pub event: ReleaseEvent,
}

/// One size of a release, in billions of parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Size {
    /// Total parameters, billions (> 0).
    pub total: f64,
    /// Active parameters per token for mixture-of-experts models, billions.
    pub active: Option<f64>,
    /// The developer's name for this size ("Flag", "Light").
    pub label: Option<Str>,
}

/// A licence and what it allows.
#[derive(Clone, Debug, PartialEq)]
pub struct Licence {
    pub name: Str,
    pub kind: LicenceKind,
}

/// What a model was built on.
#[derive(Clone, Debug, PartialEq)]
pub struct Base {
    pub relation: Relation,
    /// The base model's name, unless trained from scratch.
    pub name: Option<Str>,
    /// The base model, when it is in the dataset.
    pub model: Option<ModelRef>,
}

/// Stanford CRFM Ecosystem Graphs lists the model under this name.
#[derive(Clone, Debug, PartialEq)]
pub struct EcosystemListing {
    pub name: Str,
    pub source: SourceRef,
}

/// A benchmark score and who measured it.
#[derive(Clone, Debug, PartialEq)]
pub struct Benchmark {
    pub benchmark: BenchmarkId,
    /// In the benchmark's unit: 0..=[`BenchmarkId::max`].
    pub value: f64,
    /// The measured size in billions, when the release has several.
    pub size: Option<f64>,
    pub variant: Variant,
    pub setting: Option<Str>,
    pub measured_by: OrgRef,
    pub source: SourceRef,
    pub status: Status,
    /// Examples shown before each question (0 = zero-shot), when the source says.
    pub shots: Option<u8>,
    /// Whether the model was asked to reason step by step (chain of thought), when the
    /// source says.
    pub cot: Option<bool>,
}

/// A notable claim ("#1 on the Open LLM Leaderboard").
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub text: Text,
    pub date: Date,
    pub leaderboard: Option<Leaderboard>,
    pub by: ClaimBy,
    pub source: SourceRef,
    pub status: Status,
    pub note: Option<Text>,
}

/// One release of a model line, with all its sizes.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Stable slug, used in share links.
    pub id: Str,
    pub org: OrgRef,
    pub family: Str,
    pub version: Str,
    pub name: Text,
    pub aliases: List<Str>,
    /// A global model shown for comparison, not a Korean one.
    pub reference: bool,
    pub in_article: bool,
    pub ecosystem_graphs: Option<EcosystemListing>,
    pub released: Fact<Release>,
    pub params: Fact<List<Size>>,
    /// Context window, tokens.
    pub context: Fact<u32>,
    pub modality: Fact<Modality>,
    pub access: Fact<Access>,
    pub licence: Fact<Licence>,
    pub base_model: Fact<Base>,
    pub benchmarks: List<Benchmark>,
    pub claims: List<Claim>,
    pub note: Option<Text>,
}

impl Model {
    /// The largest size in billions, when any size is known.
    pub fn largest_params(&self) -> Option<f64> {
        self.params
            .value()?
            .iter()
            .map(|s| s.total)
            .max_by(|a, b| a.total_cmp(b))
    }

    /// The release date, when known.
    pub fn release_date(&self) -> Option<Date> {
        self.released.value().map(|r| r.date)
    }
}

/// The story the widget accompanies.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub source: SourceRef,
    /// The "as the article saw it" cut-off.
    pub date: Date,
}

/// Index of a team in [`Programme::teams`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamRef(pub u16);
/// Index of a round in [`Programme::rounds`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoundRef(pub u16);

/// A government programme that selects teams and evaluates their models in rounds (the
/// Ministry of Science and ICT's sovereign AI foundation model project).
#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    /// Stable slug.
    pub id: Str,
    pub name: Text,
    /// Who runs it (a ministry), as text: not a developer.
    pub run_by: Text,
    pub note: Option<Text>,
    /// Sources for the name, the runner and the note.
    pub sources: List<SourceRef>,
    /// Every team that took part in a selection, selected or not.
    pub teams: List<Team>,
    /// Selections, showcases and evaluations, oldest first.
    pub rounds: List<Round>,
}

/// A consortium (or single applicant) in a programme.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    /// Slug, unique within the programme.
    pub id: Str,
    /// The team's name in the programme (usually its lead company).
    pub name: Text,
    /// The lead developer, when it is in the dataset.
    pub org: Option<OrgRef>,
    /// Models the team entered, and when.
    pub entries: List<Entry>,
}

/// A model a team entered in a round (a showcase or an evaluation).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub model: ModelRef,
    pub round: RoundRef,
    pub source: SourceRef,
    pub status: Status,
    pub note: Option<Text>,
}

/// One step of a programme: a selection, a call for entries, a showcase or an evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    /// Slug, unique within the programme.
    pub id: Str,
    pub kind: RoundKind,
    pub name: Text,
    /// When the result was announced (or the event held). Always known.
    pub date: Fact<Date>,
    /// What the round decided for each team, each with its own source. Empty for a round
    /// that decides nothing (a showcase, a call for entries).
    pub outcomes: List<Outcome>,
    /// Why the decisions (or some of them) are not known, when a selection or evaluation
    /// took place but its result could not be found.
    pub outcome_unknown: Option<Missing>,
    pub note: Option<Text>,
}

/// What a round decided for one team, and where that is said.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub team: TeamRef,
    pub result: OutcomeKind,
    /// Why, when the announcement says (required for `dropped`).
    pub reason: Option<Text>,
    pub source: SourceRef,
    pub status: Status,
    pub note: Option<Text>,
}

impl Programme {
    pub fn team(&self, r: TeamRef) -> &Team {
        &self.teams[r.0 as usize]
    }

    pub fn round(&self, r: RoundRef) -> &Round {
        &self.rounds[r.0 as usize]
    }

    /// Every known decision about `team`, oldest first.
    pub fn outcomes_of(&self, team: TeamRef) -> impl Iterator<Item = (&Round, &Outcome)> + '_ {
        self.rounds.iter().flat_map(move |round| {
            round
                .outcomes
                .iter()
                .filter(move |o| o.team == team)
                .map(move |o| (round, o))
        })
    }

    /// The latest known decision about `team` (its standing as of the data's date).
    pub fn standing(&self, team: TeamRef) -> Option<(&Round, &Outcome)> {
        self.outcomes_of(team).last()
    }
}

/// A model's place in a programme: the programme, the team that entered it and the entries.
#[derive(Clone, Copy, Debug)]
pub struct ProgrammeEntry<'a> {
    pub programme: &'a Programme,
    pub team: TeamRef,
}

impl<'a> ProgrammeEntry<'a> {
    pub fn team(&self) -> &'a Team {
        self.programme.team(self.team)
    }

    /// The rounds the model was entered in, oldest first.
    pub fn entries(&self, model: ModelRef) -> impl Iterator<Item = &'a Entry> + 'a {
        self.team().entries.iter().filter(move |e| e.model == model)
    }

    /// The team's latest known decision.
    pub fn standing(&self) -> Option<(&'a Round, &'a Outcome)> {
        self.programme.standing(self.team)
    }
}

/// The whole dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub schema: u32,
    /// The day the data was last checked against its sources: nothing after it is in the data.
    pub as_of: Date,
    pub article: Article,
    /// Sources about the story as a whole (not about one value), cited in the footer.
    pub background: List<SourceRef>,
    pub sources: List<Source>,
    pub orgs: List<Org>,
    pub models: List<Model>,
    /// Government programmes the models take part in.
    pub programmes: List<Programme>,
}

impl Dataset {
    pub fn source(&self, r: SourceRef) -> &Source {
        &self.sources[r.0 as usize]
    }

    pub fn org(&self, r: OrgRef) -> &Org {
        &self.orgs[r.0 as usize]
    }

    pub fn model(&self, r: ModelRef) -> &Model {
        &self.models[r.0 as usize]
    }

    /// The model a `data-m` attribute names (its index, as the card and chart markup write
    /// it), or `None` when it is not the index of a model. The live DOM is the page's too: an
    /// edited attribute must not become an index out of range.
    pub fn model_ref(&self, index: &str) -> Option<ModelRef> {
        let i: u16 = index.parse().ok()?;
        ((i as usize) < self.models.len()).then_some(ModelRef(i))
    }

    /// The organisation that develops `model`.
    pub fn org_of(&self, model: &Model) -> &Org {
        self.org(model.org)
    }

    /// The model with this id.
    pub fn find(&self, id: &str) -> Option<ModelRef> {
        self.models
            .iter()
            .position(|m| m.id == id)
            .map(|i| ModelRef(i as u16))
    }

    /// Whether `model` was entered in a programme.
    pub fn in_programme(&self, model: &Model) -> bool {
        self.programmes.iter().any(|p| {
            p.teams.iter().any(|t| {
                t.entries
                    .iter()
                    .any(|e| std::ptr::eq(self.model(e.model), model))
            })
        })
    }

    /// The programme team that entered `model`, if any (a model is entered by one team).
    pub fn programme_entry(&self, model: ModelRef) -> Option<ProgrammeEntry<'_>> {
        self.programmes.iter().find_map(|p| {
            p.teams
                .iter()
                .position(|t| t.entries.iter().any(|e| e.model == model))
                .map(|i| ProgrammeEntry {
                    programme: p,
                    team: TeamRef(i as u16),
                })
        })
    }
}
