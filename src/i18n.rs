//! Every string the widget shows, in Korean and English. Fixed strings are a [`Msg`] matched
//! exhaustively per language, and every enum has a [`Label`]: a missing translation fails to
//! compile. Strings with numbers are small functions. Pure.

use crate::format;
use crate::model::*;
use crate::state::{Era, Lang, SortKey, Theme};

/// Fixed interface strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Title,
    Dek,
    SearchLabel,
    SearchPlaceholder,
    FiltersHeading,
    GroupKind,
    GroupOrg,
    GroupAccess,
    GroupModality,
    GroupEra,
    GroupReferences,
    ReferencesChip,
    Reset,
    SortLabel,
    LanguageSwitch,
    ThemeLabel,
    EmptyTitle,
    Developer,
    Released,
    Params,
    Context,
    Modality,
    Access,
    Licence,
    BaseModel,
    Highlight,
    Sources,
    /// One numbered source, cited by a fact: `출처 2`.
    Source,
    SourcesSummary,
    Pin,
    Unpin,
    PinLimit,
    InArticle,
    EcosystemGraphs,
    Reference,
    Tokens,
    Claimed,
    MeasuredBy,
    SelfReported,
    Alternatives,
    TrayTitle,
    TrayClear,
    TrayCompare,
    FooterSources,
    FooterArticle,
    FooterIitp,
    FooterUpdated,
    GetData,
    CsvView,
    CsvAll,
    JsonView,
    JsonAll,
    ReportCorrection,
    NoScript,
    ShareView,
    ShareLinkLabel,
    CopyLink,
    LinkCopied,
    LinkCopyFailed,
    EmbedCode,
    EmbedHint,
    EmbedIframe,
    EmbedScript,
    Copy,
    Copied,
    CopySelected,
}

/// The text of a fixed string.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    match lang {
        Lang::Ko => match msg {
            Title => "한국의 거대언어모델, 어디까지 왔나",
            Dek => "네이버·카카오·LG·SKT·KT와 스타트업이 만든 언어모델을 글로벌 모델과 나란히 놓고, 값마다 출처와 검증 여부를 밝혔습니다.",
            SearchLabel => "모델 검색",
            SearchPlaceholder => "예: 엑사원, ㅎㅇㅍ, Solar",
            FiltersHeading => "필터",
            GroupKind => "개발사 유형",
            GroupOrg => "개발사",
            GroupAccess => "공개 방식",
            GroupModality => "형태",
            GroupEra => "시점",
            GroupReferences => "비교 대상",
            ReferencesChip => "글로벌 모델 함께 보기",
            Reset => "필터 초기화",
            SortLabel => "정렬",
            LanguageSwitch => "English",
            ThemeLabel => "화면 테마",
            EmptyTitle => "조건에 맞는 모델이 없습니다.",
            Developer => "개발",
            Released => "공개",
            Params => "매개변수",
            Context => "컨텍스트",
            Modality => "형태",
            Access => "공개 방식",
            Licence => "라이선스",
            BaseModel => "기반 모델",
            Highlight => "눈여겨볼 점",
            Sources => "출처",
            Source => "출처",
            SourcesSummary => "출처와 검증 상태",
            Pin => "비교에 추가",
            Unpin => "비교에서 빼기",
            PinLimit => "비교는 6개까지",
            InArticle => "기사 언급",
            EcosystemGraphs => "스탠퍼드 생태계 그래프 등재",
            Reference => "글로벌 비교 모델",
            Tokens => "토큰",
            Claimed => "주장",
            MeasuredBy => "측정",
            SelfReported => "자체 측정",
            Alternatives => "다른 출처의 값",
            TrayTitle => "비교 목록",
            TrayClear => "모두 빼기",
            TrayCompare => "차트로 비교",
            FooterSources => "출처",
            FooterArticle => "연합뉴스 보도 (2025년 2월 6일)",
            FooterIitp => "정보통신기획평가원(IITP) 분석을 인용한 보도",
            FooterUpdated => "데이터 확인일",
            GetData => "데이터 받기",
            CsvView => "CSV · 지금 보이는 모델",
            CsvAll => "CSV · 전체",
            JsonView => "JSON · 지금 보이는 모델",
            JsonAll => "JSON · 전체",
            ReportCorrection => "오류 제보",
            NoScript => "자바스크립트가 꺼져 있어 검색과 필터는 쓸 수 없지만, 모든 모델과 출처는 아래에서 읽을 수 있습니다.",
            ShareView => "이 화면 링크로 공유",
            ShareLinkLabel => "지금 보고 있는 화면의 링크",
            CopyLink => "링크 복사",
            LinkCopied => "링크를 복사했습니다.",
            LinkCopyFailed => "링크를 선택했습니다. 길게 누르거나 Ctrl+C(⌘C)로 복사하세요.",
            EmbedCode => "임베드 코드",
            EmbedHint => "기사 본문에 붙여 넣으세요. 위젯 파일 말고는 아무것도 불러오지 않으며, 엄격한 콘텐츠 보안 정책(CSP)에서도 작동합니다.",
            EmbedIframe => "iframe (높이 자동 조절)",
            EmbedScript => "스크립트 (페이지에 직접 삽입)",
            Copy => "복사",
            Copied => "복사했습니다.",
            CopySelected => "코드를 선택했습니다. Ctrl+C(⌘C)로 복사하세요.",
        },
        Lang::En => match msg {
            Title => "Korea's large language models: how far have they come?",
            Dek => "Models from Naver, Kakao, LG, SKT, KT and startups beside the global ones, with the source and verification status of every value.",
            SearchLabel => "Search models",
            SearchPlaceholder => "e.g. EXAONE, 엑사원, Solar",
            FiltersHeading => "Filters",
            GroupKind => "Developer type",
            GroupOrg => "Developer",
            GroupAccess => "Access",
            GroupModality => "Modality",
            GroupEra => "As of",
            GroupReferences => "Comparison",
            ReferencesChip => "Show global models",
            Reset => "Reset filters",
            SortLabel => "Sort",
            LanguageSwitch => "한국어",
            ThemeLabel => "Theme",
            EmptyTitle => "No model matches these filters.",
            Developer => "Developer",
            Released => "Released",
            Params => "Parameters",
            Context => "Context",
            Modality => "Modality",
            Access => "Access",
            Licence => "Licence",
            BaseModel => "Base model",
            Highlight => "Highlight",
            Sources => "Sources",
            Source => "source",
            SourcesSummary => "Sources and status",
            Pin => "Add to comparison",
            Unpin => "Remove from comparison",
            PinLimit => "Up to 6 models",
            InArticle => "In the article",
            EcosystemGraphs => "Listed by Stanford Ecosystem Graphs",
            Reference => "Global reference",
            Tokens => "tokens",
            Claimed => "claim",
            MeasuredBy => "measured by",
            SelfReported => "self-reported",
            Alternatives => "Other sources say",
            TrayTitle => "Comparing",
            TrayClear => "Clear all",
            TrayCompare => "Compare in chart",
            FooterSources => "Sources",
            FooterArticle => "Yonhap News report (6 Feb 2025)",
            FooterIitp => "citing an analysis by Korea's IITP",
            FooterUpdated => "Data checked",
            GetData => "Get the data",
            CsvView => "CSV · models shown",
            CsvAll => "CSV · all models",
            JsonView => "JSON · models shown",
            JsonAll => "JSON · all models",
            ReportCorrection => "Report a correction",
            NoScript => "JavaScript is off, so search and filters do not work, but every model and source can be read below.",
            ShareView => "Share this view",
            ShareLinkLabel => "Link to what you see now",
            CopyLink => "Copy link",
            LinkCopied => "Link copied.",
            LinkCopyFailed => "Link selected: long-press it or press Ctrl+C (⌘C) to copy.",
            EmbedCode => "Embed code",
            EmbedHint => "Paste into the article body. It loads nothing but its own files and works under a strict Content-Security-Policy.",
            EmbedIframe => "Iframe (resizes itself)",
            EmbedScript => "Script (placed in the page)",
            Copy => "Copy",
            Copied => "Copied.",
            CopySelected => "Code selected: press Ctrl+C (⌘C) to copy.",
        },
    }
}

/// A label for a value of a closed vocabulary.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

/// Implements [`Label`] from `Variant => ("한국어", "English")` rows (exhaustive).
macro_rules! labels {
    ($t:ty { $($v:ident => ($ko:literal, $en:literal)),+ $(,)? }) => {
        impl Label for $t {
            fn label(self, lang: Lang) -> &'static str {
                let (ko, en) = match self { $(<$t>::$v => ($ko, $en)),+ };
                match lang { Lang::Ko => ko, Lang::En => en }
            }
        }
    };
}

labels!(OrgKind {
    BigTech => ("빅테크", "Big tech"),
    Telecom => ("통신사", "Telecom"),
    Game => ("게임사", "Game company"),
    Startup => ("스타트업", "Startup"),
    ResearchLab => ("연구소", "Research lab"),
    Evaluator => ("평가 기관", "Evaluator"),
});

labels!(Access {
    OpenWeights => ("오픈 가중치", "Open weights"),
    Api => ("API", "API"),
    Service => ("서비스 전용", "Service only"),
    Unreleased => ("미공개", "Not released"),
});

labels!(Modality {
    Text => ("텍스트", "Text"),
    VisionLanguage => ("이미지+텍스트", "Image + text"),
    VideoLanguage => ("영상+텍스트", "Video + text"),
    MultimodalEmbedding => ("멀티모달 임베딩", "Multimodal embedding"),
    Omni => ("텍스트·이미지·음성", "Text, image and speech"),
});

labels!(LicenceKind {
    Permissive => ("상업적 이용 가능", "Commercial use allowed"),
    Restricted => ("조건부 상업 이용", "Commercial use with conditions"),
    NonCommercial => ("비상업용", "Non-commercial"),
    Proprietary => ("독점", "Proprietary"),
});

labels!(Status {
    Verified => ("확인됨", "Verified"),
    Claimed => ("개발사 주장", "Developer's claim"),
    Unverified => ("미확인", "Unverified"),
    Disputed => ("출처 엇갈림", "Disputed"),
});

labels!(UnknownKind {
    Undisclosed => ("비공개", "Undisclosed"),
    NotFound => ("확인 안 됨", "Not found"),
    NotApplicable => ("해당 없음", "Not applicable"),
});

labels!(Relation {
    None => ("자체 개발", "Trained from scratch"),
    FineTune => ("미세조정", "Fine-tuned from"),
    ContinuedPretraining => ("추가 사전학습", "Continued pre-training of"),
    Upscaled => ("깊이 확장", "Depth up-scaled from"),
    Distilled => ("증류", "Distilled from"),
});

labels!(ReleaseEvent {
    Release => ("공개", "Released"),
    Announcement => ("발표", "Announced"),
    Paper => ("논문 공개", "Paper published"),
    Service => ("서비스 출시", "Service launched"),
});

labels!(Variant {
    Base => ("기본 모델", "base"),
    Instruct => ("지시 조정", "instruct"),
    Reasoning => ("추론", "reasoning"),
});

labels!(ClaimBy {
    Article => ("기사", "the article"),
    Developer => ("개발사", "the developer"),
    ThirdParty => ("제3자", "a third party"),
});

labels!(Leaderboard {
    OpenLlmV1 => ("오픈 LLM 리더보드 v1", "Open LLM Leaderboard v1"),
    OpenLlmV2 => ("오픈 LLM 리더보드 v2", "Open LLM Leaderboard v2"),
});

labels!(SortKey {
    Newest => ("최신순", "Newest"),
    Oldest => ("오래된순", "Oldest"),
    Name => ("이름순", "Name"),
    Largest => ("큰 모델순", "Largest"),
});

labels!(Era {
    Article => ("기사 시점 (2025.2.6)", "As the article saw it"),
    Now => ("지금까지 전체", "Everything to date"),
});

labels!(Theme {
    Auto => ("시스템 설정", "System"),
    Light => ("밝게", "Light"),
    Dark => ("어둡게", "Dark"),
});

/// The live result line: `13개 중 5개 모델` / `5 of 13 models`.
pub fn results(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Ko => format!("{total}개 중 {shown}개 모델"),
        Lang::En => format!("{shown} of {total} models"),
    }
}

/// A chip with its live count: `오픈 가중치 (7)`.
pub fn chip(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// What to do when nothing matches: names the filter group to loosen.
pub fn loosen(lang: Lang, group: &str) -> String {
    match lang {
        Lang::Ko => format!("‘{group}’ 필터를 풀어 보세요."),
        Lang::En => format!("Try loosening the “{group}” filter."),
    }
}

/// `A · B` in the reader's language, the other language available for a subtitle.
pub fn text(lang: Lang, t: &Text) -> &str {
    match lang {
        Lang::Ko => &t.ko,
        Lang::En => &t.en,
    }
}

/// The other language's text (for subtitles).
pub fn other(lang: Lang, t: &Text) -> &str {
    match lang {
        Lang::Ko => &t.en,
        Lang::En => &t.ko,
    }
}

/// Parameter sizes of a release: `24억 · 78억 · 320억` / `2.4B · 7.8B · 32B`, with active
/// parameters for mixture-of-experts sizes: `6,710억 (활성 370억)` / `671B (37B active)`.
pub fn sizes(lang: Lang, sizes: &[Size]) -> String {
    sizes
        .iter()
        .map(|s| {
            let total = format::params(s.total, lang);
            match (s.active, lang) {
                (Some(a), Lang::Ko) => format!("{total} (활성 {})", format::params(a, lang)),
                (Some(a), Lang::En) => format!("{total} ({} active)", format::params(a, lang)),
                (None, _) => total,
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A context window: `32,768 토큰` / `32,768 tokens`.
pub fn context(lang: Lang, tokens: u32) -> String {
    format!("{} {}", format::tokens(tokens), t(lang, Msg::Tokens))
}

/// A pin button's accessible name: `엑사원 3.5 비교에 추가`.
pub fn pin_label(lang: Lang, name: &str, pinned: bool) -> String {
    let action = t(lang, if pinned { Msg::Unpin } else { Msg::Pin });
    match lang {
        Lang::Ko => format!("{name} {action}"),
        Lang::En => format!("{action}: {name}"),
    }
}

/// The tray heading: `비교 목록 (2/6)`.
pub fn tray_title(lang: Lang, n: usize, max: usize) -> String {
    format!("{} ({n}/{max})", t(lang, Msg::TrayTitle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_line_in_both_languages() {
        assert_eq!(results(Lang::Ko, 5, 13), "13개 중 5개 모델");
        assert_eq!(results(Lang::En, 5, 13), "5 of 13 models");
    }

    #[test]
    fn sizes_list_moe_active_parameters() {
        let s = [
            Size {
                total: 2.4,
                active: None,
                label: None,
            },
            Size {
                total: 671.0,
                active: Some(37.0),
                label: None,
            },
        ];
        assert_eq!(sizes(Lang::Ko, &s), "24억 · 6,710억 (활성 370억)");
        assert_eq!(sizes(Lang::En, &s), "2.4B · 671B (37B active)");
    }

    #[test]
    fn every_label_differs_between_languages_or_is_a_name() {
        // Catches a Korean string pasted into the English column (or vice versa).
        for &a in Access::ALL {
            let (ko, en) = (a.label(Lang::Ko), a.label(Lang::En));
            assert!(ko != en || en == "API", "{a:?}");
            assert!(
                !en.chars().any(|c| ('가'..='힣').contains(&c)),
                "{a:?} English has Hangul"
            );
        }
        for &k in OrgKind::ALL {
            assert!(!k
                .label(Lang::En)
                .chars()
                .any(|c| ('가'..='힣').contains(&c)));
            assert!(k
                .label(Lang::Ko)
                .chars()
                .any(|c| ('가'..='힣').contains(&c)));
        }
    }

    #[test]
    fn context_reads_as_tokens() {
        assert_eq!(context(Lang::Ko, 32_768), "32,768 토큰");
        assert_eq!(context(Lang::En, 4_096), "4,096 tokens");
    }
}
