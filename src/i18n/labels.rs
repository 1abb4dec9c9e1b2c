//! Labels of the closed vocabularies: the dataset's enums (statuses, access, licences, …) and
//! the reader's settings (sort, era, theme, metric, chart mode). Each value has one wording
//! per language, used by cards, chips, the chart, its table and the no-JS page alike.

use super::words;
use crate::model::*;
use crate::settings::{ChartMode, Era, Metric, SortKey, Theme};

words!(OrgKind {
    OrgKind::BigTech => ("빅테크", "Big tech"),
    OrgKind::Telecom => ("통신사", "Telecom operator"),
    OrgKind::Game => ("게임사", "Game company"),
    OrgKind::Startup => ("스타트업", "Startup"),
    OrgKind::ResearchLab => ("연구소", "Research lab"),
    OrgKind::Evaluator => ("평가 기관", "Evaluator"),
});

words!(Access {
    Access::OpenWeights => ("가중치 공개", "Open weights"),
    Access::Api => ("API 전용", "API only"),
    Access::Service => ("자사 서비스 전용", "In-house services only"),
    Access::Unreleased => ("미공개", "Not released"),
});

words!(Modality {
    Modality::Text => ("텍스트", "Text"),
    Modality::VisionLanguage => ("이미지+텍스트", "Image + text"),
    Modality::VideoLanguage => ("영상+텍스트", "Video + text"),
    Modality::MultimodalEmbedding => ("멀티모달 임베딩", "Multimodal embedding"),
    Modality::Omni => ("텍스트·이미지·음성", "Text, image and speech"),
});

words!(LicenceKind {
    LicenceKind::Permissive => ("상업 이용 허용", "Commercial use allowed"),
    LicenceKind::Restricted => ("조건부 상업 이용", "Commercial use with conditions"),
    LicenceKind::NonCommercial => ("비상업 전용", "Non-commercial"),
    LicenceKind::Proprietary => ("독점 라이선스", "Proprietary"),
});

words!(Status {
    Status::Verified => ("확인됨", "Verified"),
    Status::Claimed => ("개발사 주장", "Developer's claim"),
    Status::Unverified => ("미확인", "Unverified"),
    Status::Disputed => ("출처 엇갈림", "Sources differ"),
});

words!(UnknownKind {
    UnknownKind::Undisclosed => ("비공개", "Not disclosed"),
    UnknownKind::NotFound => ("찾지 못함", "Not found"),
    UnknownKind::NotApplicable => ("해당 없음", "Not applicable"),
});

// The short name of a relation; a card's "Origin" row says it with the base model's name
// (`ui::origin`).
words!(Relation {
    Relation::None => ("처음부터 자체 학습", "Trained from scratch"),
    Relation::FineTune => ("미세조정", "Fine-tuned"),
    Relation::ContinuedPretraining => ("추가 사전학습", "Continued pre-training"),
    Relation::Upscaled => ("깊이 확장(DUS)", "Depth up-scaling (DUS)"),
    Relation::Distilled => ("증류", "Distilled"),
});

words!(ReleaseEvent {
    ReleaseEvent::Release => ("공개", "released"),
    ReleaseEvent::Announcement => ("발표", "announced"),
    ReleaseEvent::Paper => ("논문", "paper"),
    ReleaseEvent::Service => ("서비스 출시", "service launch"),
});

words!(OutcomeKind {
    OutcomeKind::Selected => ("선정", "Selected"),
    OutcomeKind::NotSelected => ("미선정", "Not selected"),
    OutcomeKind::Advanced => ("통과", "Advanced"),
    OutcomeKind::Dropped => ("탈락", "Dropped"),
    OutcomeKind::Added => ("추가 선정", "Added"),
});

words!(Variant {
    Variant::Base => ("기본 모델(base)", "base"),
    Variant::Instruct => ("지시 학습 모델", "instruction-tuned"),
    Variant::Reasoning => ("추론 모델", "reasoning model"),
});

words!(ClaimBy {
    ClaimBy::Article => ("기사", "the article"),
    ClaimBy::Developer => ("개발사", "the developer"),
    ClaimBy::ThirdParty => ("제3자", "a third party"),
});

words!(Leaderboard {
    Leaderboard::OpenLlmV1 => ("오픈 LLM 리더보드 v1", "Open LLM Leaderboard v1"),
    Leaderboard::OpenLlmV2 => ("오픈 LLM 리더보드 v2", "Open LLM Leaderboard v2"),
});

words!(SortKey {
    SortKey::Newest => ("최신순", "Newest"),
    SortKey::Oldest => ("오래된순", "Oldest"),
    SortKey::Name => ("이름순", "Name"),
    SortKey::Largest => ("큰 모델순", "Largest"),
});

words!(Era {
    Era::Article => ("기사 시점(2025.2.6)", "At the article's date (6 Feb 2025)"),
    Era::Now => ("현재까지 전체", "All models to date"),
});

words!(Theme {
    Theme::Auto => ("시스템 설정", "System"),
    Theme::Light => ("밝게", "Light"),
    Theme::Dark => ("어둡게", "Dark"),
});

words!(Metric {
    Metric::Timeline => ("공개 시점", "Release date"),
    Metric::Params => ("매개변수", "Parameters"),
    Metric::Context => ("문맥 길이", "Context window"),
    Metric::Kmmlu => ("KMMLU 점수", "KMMLU score"),
    Metric::Mmlu => ("MMLU 점수", "MMLU score"),
    Metric::Gap => ("격차", "Gap"),
});

words!(ChartMode {
    ChartMode::Chart => ("차트", "Chart"),
    ChartMode::Table => ("표", "Table"),
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Label;
    use crate::settings::Lang;

    fn hangul(s: &str) -> bool {
        s.chars().any(|c| ('가'..='힣').contains(&c))
    }

    /// Catches a Korean string pasted into the English column (or the reverse).
    #[test]
    fn english_labels_have_no_hangul_and_korean_ones_do() {
        let pairs: Vec<(&str, &str)> = [
            Access::ALL
                .iter()
                .map(|a| (a.label(Lang::Ko), a.label(Lang::En)))
                .collect::<Vec<_>>(),
            OrgKind::ALL
                .iter()
                .map(|a| (a.label(Lang::Ko), a.label(Lang::En)))
                .collect(),
            Status::ALL
                .iter()
                .map(|a| (a.label(Lang::Ko), a.label(Lang::En)))
                .collect(),
            UnknownKind::ALL
                .iter()
                .map(|a| (a.label(Lang::Ko), a.label(Lang::En)))
                .collect(),
            LicenceKind::ALL
                .iter()
                .map(|a| (a.label(Lang::Ko), a.label(Lang::En)))
                .collect(),
            Metric::ALL
                .iter()
                .map(|a| (a.label(Lang::Ko), a.label(Lang::En)))
                .collect(),
        ]
        .concat();
        for (ko, en) in pairs {
            assert!(!hangul(en), "{en}");
            assert!(hangul(ko), "{ko}");
        }
    }
}
