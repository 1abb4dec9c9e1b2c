//! The closed vocabularies of the dataset. Every enum has a stable slug (used in
//! `data/models.json`, share links, CSS classes and CSV) and is matched exhaustively
//! wherever it is shown, so adding a variant fails to compile until it is labelled.

use crate::slug::slug_enum;

slug_enum!(
    /// How far a value can be trusted.
    Status {
        /// Stated as fact by a primary source.
        Verified = "verified",
        /// The developer's own claim, not independently confirmed.
        Claimed = "claimed",
        /// Stated by the article or secondary reports; no primary source found.
        Unverified = "unverified",
        /// Sources disagree; the alternatives are kept.
        Disputed = "disputed",
    }
);

slug_enum!(
    /// Why a value is missing.
    UnknownKind {
        Undisclosed = "undisclosed",
        NotFound = "not_found",
        NotApplicable = "not_applicable",
    }
);

slug_enum!(
    /// What kind of organisation develops a model.
    OrgKind {
        BigTech = "big_tech",
        Telecom = "telecom",
        Game = "game",
        Startup = "startup",
        ResearchLab = "research_lab",
        /// Only measures other models (a leaderboard, a benchmark's authors).
        Evaluator = "evaluator",
    }
);

slug_enum!(
    /// What goes in and comes out.
    Modality {
        Text = "text",
        VisionLanguage = "vision_language",
        VideoLanguage = "video_language",
        MultimodalEmbedding = "multimodal_embedding",
        /// Text, images and speech (audio) in one model, in and possibly out.
        Omni = "omni",
    }
);

slug_enum!(
    /// How the public can use a model.
    Access {
        OpenWeights = "open_weights",
        Api = "api",
        Service = "service",
        Unreleased = "unreleased",
    }
);

slug_enum!(
    /// What a licence allows.
    LicenceKind {
        /// Commercial use without conditions (Apache-2.0, MIT).
        Permissive = "permissive",
        /// Commercial use with conditions (Llama, Qwen licences).
        Restricted = "restricted",
        NonCommercial = "noncommercial",
        Proprietary = "proprietary",
    }
);

slug_enum!(
    /// How a model relates to the model it was built on.
    Relation {
        /// Trained from scratch.
        None = "none",
        FineTune = "fine_tune",
        ContinuedPretraining = "continued_pretraining",
        Upscaled = "upscaled",
        Distilled = "distilled",
    }
);

slug_enum!(
    /// What the release date marks.
    ReleaseEvent {
        Release = "release",
        Announcement = "announcement",
        Paper = "paper",
        Service = "service",
    }
);

slug_enum!(
    /// Benchmarks the dataset records.
    BenchmarkId {
        Kmmlu = "kmmlu",
        KmmluRedux = "kmmlu_redux",
        KmmluPro = "kmmlu_pro",
        Haerae = "haerae",
        /// HAE-RAE's general-knowledge category alone (Kakao's chat-model tables report only it).
        HaeraeGk = "haerae_gk",
        Click = "click",
        Mmlu = "mmlu",
        MmluRedux = "mmlu_redux",
        MmluPro = "mmlu_pro",
        Arc = "arc",
        Hellaswag = "hellaswag",
        Ifeval = "ifeval",
        Bbh = "bbh",
        GpqaDiamond = "gpqa_diamond",
        Aime25 = "aime25",
        ArenaHard = "arena_hard",
        MtBench = "mt_bench",
        KoMtBench = "ko_mt_bench",
        Logickor = "logickor",
        OpenLlmV1 = "open_llm_v1",
    }
);

impl BenchmarkId {
    /// The largest possible score: 10 for judge-rated chat benchmarks, else 100 (percent).
    pub const fn max(self) -> f64 {
        match self {
            BenchmarkId::MtBench | BenchmarkId::KoMtBench | BenchmarkId::Logickor => 10.0,
            _ => 100.0,
        }
    }

    /// The benchmark's usual written name (the same in both languages).
    pub const fn name(self) -> &'static str {
        match self {
            BenchmarkId::Kmmlu => "KMMLU",
            BenchmarkId::KmmluRedux => "KMMLU-Redux",
            BenchmarkId::KmmluPro => "KMMLU-Pro",
            BenchmarkId::Haerae => "HAE-RAE",
            BenchmarkId::HaeraeGk => "HAE-RAE (GK)",
            BenchmarkId::Click => "CLIcK",
            BenchmarkId::Mmlu => "MMLU",
            BenchmarkId::MmluRedux => "MMLU-Redux",
            BenchmarkId::MmluPro => "MMLU-Pro",
            BenchmarkId::Arc => "ARC",
            BenchmarkId::Hellaswag => "HellaSwag",
            BenchmarkId::Ifeval => "IFEval",
            BenchmarkId::Bbh => "BBH",
            BenchmarkId::GpqaDiamond => "GPQA Diamond",
            BenchmarkId::Aime25 => "AIME 2025",
            BenchmarkId::ArenaHard => "Arena-Hard",
            BenchmarkId::MtBench => "MT-Bench",
            BenchmarkId::KoMtBench => "KoMT-Bench",
            BenchmarkId::Logickor => "LogicKor",
            BenchmarkId::OpenLlmV1 => "Open LLM Leaderboard v1",
        }
    }
}

slug_enum!(
    /// Which checkpoint of a release was measured.
    Variant {
        Base = "base",
        Instruct = "instruct",
        Reasoning = "reasoning",
    }
);

slug_enum!(
    /// The Hugging Face Open LLM Leaderboard changed its benchmarks in mid-2024; a rank on
    /// one version is not comparable with a rank on the other.
    Leaderboard {
        OpenLlmV1 = "open_llm_v1",
        OpenLlmV2 = "open_llm_v2",
    }
);

slug_enum!(
    /// Who makes a claim.
    ClaimBy {
        Article = "article",
        Developer = "developer",
        ThirdParty = "third_party",
    }
);

slug_enum!(
    /// What kind of document a source is.
    SourceKind {
        ModelCard = "model_card",
        Paper = "paper",
        Blog = "blog",
        PressRelease = "press_release",
        News = "news",
        Leaderboard = "leaderboard",
        Dataset = "dataset",
        Website = "website",
    }
);

slug_enum!(
    /// What a programme round is.
    RoundKind {
        /// Teams chosen from the applicants.
        Selection = "selection",
        /// A call for (more) applicants.
        Call = "call",
        /// Models shown in public; nothing decided.
        Showcase = "showcase",
        /// Teams' models evaluated; some go on.
        Evaluation = "evaluation",
    }
);

slug_enum!(
    /// What a round decided for a team.
    OutcomeKind {
        /// Chosen at a selection.
        Selected = "selected",
        /// Applied but not chosen.
        NotSelected = "not_selected",
        /// Passed an evaluation.
        Advanced = "advanced",
        /// Left the programme at an evaluation.
        Dropped = "dropped",
        /// Chosen later to fill a place.
        Added = "added",
    }
);

impl OutcomeKind {
    /// Whether the team is in the programme after this decision.
    pub const fn stays_in(self) -> bool {
        matches!(
            self,
            OutcomeKind::Selected | OutcomeKind::Advanced | OutcomeKind::Added
        )
    }
}

/// The dataset's vocabularies: in the blob (`super::blob`) an enum is its index in `ALL`
/// (declaration order); in `data/models.json` it is read from its slug, and the schema lists
/// every slug with its meaning (the variant's doc comment) for editors. A new dataset enum
/// is one name in this list.
macro_rules! vocabularies {
    ($($name:ident),+ $(,)?) => {$(
        impl super::blob::Decode for $name {
            fn decode(r: &mut super::blob::Reader) -> Self {
                Self::ALL[r.variant(Self::ALL.len())]
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl super::blob::Encode for $name {
            fn encode(&self, w: &mut super::blob::Writer) {
                w.variant(*self as usize);
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<str> as serde::Deserialize>::deserialize(d)?;
                $name::from_slug(&s).ok_or_else(|| {
                    super::json::fail(
                        format!("unknown value \"{s}\" (expected one of: {})", $name::expected()),
                        Some($name::ALL[0].slug().into()),
                    )
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let slugs: Vec<&str> = $name::ALL.iter().map(|v| v.slug()).collect();
                let docs: Vec<&str> = $name::DOCS.iter().map(|d| d.trim()).collect();
                schemars::json_schema!({ "type": "string", "enum": slugs, "enumDescriptions": docs })
            }
        }
    )+};
}

vocabularies!(
    Status,
    UnknownKind,
    OrgKind,
    Modality,
    Access,
    LicenceKind,
    Relation,
    ReleaseEvent,
    BenchmarkId,
    Variant,
    Leaderboard,
    ClaimBy,
    SourceKind,
    RoundKind,
    OutcomeKind
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for &m in Modality::ALL {
            assert_eq!(Modality::from_slug(m.slug()), Some(m));
        }
        let mut slugs: Vec<_> = BenchmarkId::ALL.iter().map(|b| b.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), BenchmarkId::ALL.len());
    }

    #[test]
    fn unknown_slug_is_none() {
        assert_eq!(Access::from_slug("open-weights"), None);
        assert_eq!(Access::from_slug("open_weights"), Some(Access::OpenWeights));
    }

    #[test]
    fn chat_benchmarks_are_out_of_ten() {
        assert_eq!(BenchmarkId::MtBench.max(), 10.0);
        assert_eq!(BenchmarkId::Kmmlu.max(), 100.0);
    }
}
