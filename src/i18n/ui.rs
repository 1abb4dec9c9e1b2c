//! The widget's own words: fixed strings ([`Msg`]) and the sentences with numbers or names in
//! them (result line, chip counts, card rows, tray, footer).

use super::format;
use super::{paren, words, Label};
use crate::model::{ClaimBy, OutcomeKind, Relation, ReleaseEvent, Size, Status};
use crate::settings::Lang;

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
    /// The chip group of the government programme.
    GroupProgramme,
    /// The team that entered a model: `정예팀`.
    Team,
    /// What a team entered in a round: `출품`.
    Entered,
    Reset,
    SortLabel,
    LanguageSwitch,
    ThemeLabel,
    EmptyTitle,
    Released,
    Params,
    Context,
    Modality,
    Access,
    Licence,
    Origin,
    Highlight,
    /// One numbered source, cited by a fact: `출처 2`.
    Source,
    SourcesSummary,
    Pin,
    Unpin,
    PinLimit,
    InArticle,
    EcosystemGraphs,
    Reference,
    Claim,
    /// After a measurer's name: `카카오(자체 측정)`.
    SelfReported,
    Alternatives,
    TrayTitle,
    TrayClear,
    TrayCompare,
    /// Before the data's date: `데이터 기준 2026년 11월 30일`.
    DataAsOf,
    /// Before a release's name: `릴리스 0.1.0-2026-11-30`.
    Release,
    /// Before the citation: `인용: …`.
    CiteAs,
    /// The link from an old release's view to the same view in the newest release.
    OpenNewer,
    GetData,
    CsvView,
    CsvAll,
    JsonView,
    JsonAll,
    ReportCorrection,
    NoScript,
    /// Shown (by the stylesheet) once the loader or the panic hook marks the widget failed.
    NotWorking,
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
    /// The button that opens the filter panel.
    FilterButton,
    /// Closes the filter panel.
    ClosePanel,
    /// Accessible name of the row of active filters.
    ActiveFilters,
    /// Collapses the card list back to its first cards.
    ShowFewer,
    /// Collapses the chart back to its first rows.
    FewerRows,
    /// Heading of the panel's display settings (sort, theme).
    DisplaySettings,
    /// The skip links' accessible name.
    SkipLinks,
    SkipToModels,
    SkipToChart,
    /// The (visually hidden) heading of the card list.
    ModelsHeading,
    /// The catalogue page: its heading, what it is, and the way back to the widget.
    CatalogueTitle,
    CatalogueIntro,
    BackToWidget,
}

words!(Msg {
    Msg::Title => ("한국의 거대언어모델, 어디까지 왔나", "Korea's large language models: how far have they come?"),
    Msg::Dek => (
        "네이버·카카오·LG·SK텔레콤·KT와 국내 스타트업의 거대언어모델(LLM)을 글로벌 비교 모델과 나란히 놓고, 값마다 출처와 검증 여부를 밝혔습니다.",
        "Large language models from Naver, Kakao, LG, SK Telecom, KT and Korean startups, set beside leading global models, with the source and verification status of every figure."
    ),
    Msg::SearchLabel => ("모델 검색", "Search models"),
    Msg::SearchPlaceholder => ("예: 엑사원, Solar, ㅎㅇㅍ(초성 검색)", "e.g. EXAONE, 엑사원, Solar"),
    Msg::FiltersHeading => ("필터", "Filters"),
    Msg::GroupKind => ("개발사 유형", "Developer type"),
    Msg::GroupOrg => ("개발사", "Developer"),
    Msg::GroupAccess => ("공개 방식", "Access"),
    Msg::GroupModality => ("다루는 데이터", "Handles"),
    Msg::GroupEra => ("시점", "As of"),
    Msg::GroupReferences => ("글로벌 비교 모델", "Global reference models"),
    Msg::ReferencesChip => ("글로벌 비교 모델 함께 보기", "Show global reference models"),
    Msg::GroupProgramme => ("정부 사업", "Government programme"),
    Msg::Team => ("정예팀", "Team"),
    Msg::Entered => ("출품", "Entered"),
    Msg::Reset => ("필터 초기화", "Reset filters"),
    Msg::SortLabel => ("정렬", "Sort"),
    Msg::LanguageSwitch => ("English", "한국어"),
    Msg::ThemeLabel => ("화면 테마", "Theme"),
    Msg::EmptyTitle => ("조건에 맞는 모델이 없습니다.", "No model matches these filters."),
    Msg::Released => ("공개 시점", "Release date"),
    Msg::Params => ("매개변수", "Parameters"),
    Msg::Context => ("문맥 길이", "Context window"),
    Msg::Modality => ("다루는 데이터", "Handles"),
    Msg::Access => ("공개 방식", "Access"),
    Msg::Licence => ("라이선스", "Licence"),
    Msg::Origin => ("개발 방식", "Origin"),
    Msg::Highlight => ("눈여겨볼 점", "Highlight"),
    Msg::Source => ("출처", "source"),
    Msg::SourcesSummary => ("출처와 검증 상태", "Sources and verification"),
    Msg::Pin => ("비교에 추가", "Add to comparison"),
    Msg::Unpin => ("비교에서 빼기", "Remove from comparison"),
    Msg::PinLimit => ("최대 6개까지 비교할 수 있습니다.", "You can compare up to 6 models."),
    Msg::InArticle => ("기사 언급", "In the article"),
    Msg::EcosystemGraphs => ("스탠퍼드 에코시스템 그래프 등재", "Listed by Stanford Ecosystem Graphs"),
    Msg::Reference => ("글로벌 비교 모델", "Global reference model"),
    Msg::Claim => ("주장", "Claim"),
    Msg::SelfReported => ("자체 측정", "self-reported"),
    Msg::Alternatives => ("다른 출처", "Also reported"),
    Msg::TrayTitle => ("비교 목록", "Comparing"),
    Msg::TrayClear => ("모두 빼기", "Clear all"),
    Msg::TrayCompare => ("차트로 비교", "Compare in chart"),
    Msg::DataAsOf => ("데이터 기준", "Data as of"),
    Msg::Release => ("릴리스", "Release"),
    Msg::CiteAs => ("인용", "Cite as"),
    Msg::OpenNewer => ("새 릴리스에서 이 화면 보기", "Open this view in the newer release"),
    Msg::GetData => ("데이터 받기", "Get the data"),
    Msg::CsvView => ("CSV · 지금 보이는 모델", "CSV · models shown"),
    Msg::CsvAll => ("CSV · 전체", "CSV · all models"),
    Msg::JsonView => ("JSON · 지금 보이는 모델", "JSON · models shown"),
    Msg::JsonAll => ("JSON · 전체", "JSON · all models"),
    Msg::ReportCorrection => ("오류 제보", "Report an error"),
    Msg::NoScript => (
        "자바스크립트가 꺼져 있어 검색과 필터는 쓸 수 없지만, 모든 모델과 출처는 아래에서 읽을 수 있습니다.",
        "JavaScript is off, so search and filters do not work, but every model and source can be read below."
    ),
    Msg::NotWorking => (
        "이 위젯의 대화형 기능이 작동하지 않습니다. 아래 내용은 그대로 읽을 수 있습니다.",
        "The interactive parts of this widget are not working. Everything below can still be read."
    ),
    Msg::ShareView => ("이 화면 공유하기", "Share this view"),
    Msg::ShareLinkLabel => ("지금 보고 있는 화면의 링크", "Link to what you see now"),
    Msg::CopyLink => ("링크 복사", "Copy link"),
    Msg::LinkCopied => ("링크를 복사했습니다.", "Link copied."),
    Msg::LinkCopyFailed => (
        "링크를 선택했습니다. 길게 누르거나 Ctrl+C(⌘C)로 복사하세요.",
        "Link selected: long-press it or press Ctrl+C (⌘C) to copy."
    ),
    Msg::EmbedCode => ("임베드 코드", "Embed code"),
    Msg::EmbedHint => (
        "기사 본문에 붙여 넣으세요. 위젯 파일 말고는 아무것도 불러오지 않으며, 엄격한 콘텐츠 보안 정책(CSP)에서도 작동합니다.",
        "Paste into the article body. It loads nothing but its own files and works under a strict Content-Security-Policy."
    ),
    Msg::EmbedIframe => ("iframe(높이 자동 조절)", "Iframe (resizes itself)"),
    Msg::EmbedScript => ("스크립트(페이지에 직접 삽입)", "Script (placed in the page)"),
    Msg::Copy => ("복사", "Copy"),
    Msg::Copied => ("복사했습니다.", "Copied."),
    Msg::CopySelected => ("코드를 선택했습니다. Ctrl+C(⌘C)로 복사하세요.", "Code selected: press Ctrl+C (⌘C) to copy."),
    Msg::FilterButton => ("필터", "Filters"),
    Msg::ClosePanel => ("닫기", "Close"),
    Msg::ActiveFilters => ("적용된 필터", "Active filters"),
    Msg::ShowFewer => ("접기", "Show fewer"),
    Msg::FewerRows => ("행 접기", "Show fewer rows"),
    Msg::DisplaySettings => ("보기 설정", "Display"),
    Msg::SkipLinks => ("바로 가기", "Skip links"),
    Msg::SkipToModels => ("카드로 건너뛰기", "Skip to the models"),
    Msg::SkipToChart => ("차트로 건너뛰기", "Skip to the chart"),
    Msg::ModelsHeading => ("모델 목록", "Models"),
    Msg::CatalogueTitle => ("모든 모델과 출처", "Every model and its sources"),
    Msg::CatalogueIntro => (
        "위젯에 실린 모든 모델의 사실과 출처를 한 페이지에 모았습니다. 모델마다 이 페이지의 고정 주소가 있어 인용할 수 있습니다.",
        "Every model in the widget, with every fact and its numbered sources, on one page. Each model has an address of its own here, for citing."
    ),
    Msg::BackToWidget => ("위젯으로 돌아가기", "Back to the widget"),
});

/// The live result line: `모델 13개 중 5개` / `5 of 13 models`.
pub fn results(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Ko => format!("모델 {total}개 중 {shown}개"),
        Lang::En => format!("{shown} of {total} models"),
    }
}

/// A chip with its live count: `가중치 공개(7)` / `Open weights (7)`.
pub fn chip(lang: Lang, label: &str, count: usize) -> String {
    paren(lang, label, &count.to_string())
}

/// A model's standing in a programme, for its card's badge: `독자 AI 파운데이션 모델 · 탈락` /
/// `Sovereign AI Foundation Model · Dropped`; the programme alone when nothing is decided.
pub fn programme_badge(lang: Lang, programme: &str, standing: Option<OutcomeKind>) -> String {
    match standing {
        Some(o) => format!("{programme} · {}", o.label(lang)),
        None => programme.to_string(),
    }
}

/// Who runs a programme and which team entered the model:
/// `과학기술정보통신부 · 정예팀: LG AI연구원`.
pub fn programme_team(lang: Lang, run_by: &str, team: &str) -> String {
    format!("{run_by} · {}: {team}", Msg::Team.label(lang))
}

/// A round of the programme as it concerns a team: `2026년 1월 15일 · 1차 단계평가: 탈락`.
pub fn programme_round(lang: Lang, date: &str, round: &str, result: Option<OutcomeKind>) -> String {
    match result {
        Some(o) => format!("{date} · {round}: {}", o.label(lang)),
        None => format!("{date} · {round}"),
    }
}

/// A model entered in a round: `출품: K-엑사원`.
pub fn entered(lang: Lang, model: &str) -> String {
    format!("{}: {model}", Msg::Entered.label(lang))
}

/// The filter button with the number of active filters: `필터(2)` / `Filters (2)`.
pub fn filter_button(lang: Lang, active: usize) -> String {
    let label = Msg::FilterButton.label(lang);
    match active {
        0 => label.to_string(),
        n => paren(lang, label, &n.to_string()),
    }
}

/// A removable active filter's accessible name: `필터 해제: 네이버` / `Remove filter: Naver`.
pub fn remove_filter(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Ko => format!("필터 해제: {label}"),
        Lang::En => format!("Remove filter: {label}"),
    }
}

/// The button that lists every card of the view: `모두 보기(36)` / `Show all 36`.
pub fn show_all(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("모두 보기({n})"),
        Lang::En => format!("Show all {n}"),
    }
}

/// The button that draws every row of the chart: `모든 행 보기(43)` / `Show all 43 rows`.
pub fn show_all_rows(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("모든 행 보기({n})"),
        Lang::En => format!("Show all {n} rows"),
    }
}

/// What a chart drawn short says it drew: `가장 최근 모델 10개를 그렸습니다.`
pub fn rows_drawn(lang: Lang, kept: usize, newest: bool) -> String {
    match (lang, newest) {
        (Lang::Ko, true) => {
            format!("한국 모델과 글로벌 비교 모델 가운데 가장 최근 것 {kept}개를 그렸습니다.")
        }
        (Lang::Ko, false) => format!("값이 큰 모델 {kept}개를 그렸습니다."),
        (Lang::En, true) => format!("The {kept} newest Korean and global models are drawn."),
        (Lang::En, false) => format!("The {kept} models with the highest values are drawn."),
    }
}

/// What to do when nothing matches: names the filter group to loosen.
pub fn loosen(lang: Lang, group: &str) -> String {
    match lang {
        Lang::Ko => format!("‘{group}’ 필터를 풀어 보세요."),
        Lang::En => format!("Try loosening the “{group}” filter."),
    }
}

/// Parameter sizes of a release: `24억 · 78억 · 320억` / `2.4B · 7.8B · 32B`, with active
/// parameters for mixture-of-experts sizes: `6710억(활성 370억)` / `671B (37B active)`.
pub fn sizes(lang: Lang, sizes: &[Size]) -> String {
    sizes
        .iter()
        .map(|s| {
            let total = format::params(s.total, lang);
            let Some(active) = s.active else {
                return total;
            };
            let active = format::params(active, lang);
            match lang {
                Lang::Ko => paren(lang, &total, &format!("활성 {active}")),
                Lang::En => paren(lang, &total, &format!("{active} active")),
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The sizes of a release as one range, for a card's one-glance line: `24억~320억` /
/// `2.4B–32B`, or the one size.
pub fn size_range(lang: Lang, sizes: &[Size]) -> String {
    let lo = sizes.iter().map(|s| s.total).fold(f64::INFINITY, f64::min);
    let hi = sizes
        .iter()
        .map(|s| s.total)
        .fold(f64::NEG_INFINITY, f64::max);
    if sizes.len() < 2 || lo == hi {
        return format::params(hi, lang);
    }
    let sep = match lang {
        Lang::Ko => "~",
        Lang::En => "–",
    };
    format!(
        "{}{sep}{}",
        format::params(lo, lang),
        format::params(hi, lang)
    )
}

/// A fact that is unknown, named: `매개변수 비공개` / `Parameters not disclosed`.
pub fn unknown_fact(lang: Lang, what: Msg, kind: crate::model::UnknownKind) -> String {
    let (what, kind) = (what.label(lang), kind.label(lang));
    match lang {
        Lang::Ko => format!("{what} {kind}"),
        Lang::En => format!("{what} {}", kind.to_lowercase()),
    }
}

/// A context window in full: `32,768 토큰` / `32,768 tokens`.
pub fn context(lang: Lang, tokens: u32) -> String {
    let n = format::tokens(tokens);
    match lang {
        Lang::Ko => format!("{n} 토큰"),
        Lang::En => format!("{n} tokens"),
    }
}

/// A release date with what it marks unless it is the release itself:
/// `2021년 9월 10일(논문)` / `10 Sep 2021 (paper)`.
pub fn released(lang: Lang, date: crate::model::Date, event: ReleaseEvent) -> String {
    let date = format::date(date, lang);
    match event {
        ReleaseEvent::Release => date,
        e => paren(lang, &date, e.label(lang)),
    }
}

/// A card's "Origin" row: `Qwen-72B에서 미세조정` / `Fine-tuned from Qwen-72B`;
/// trained from scratch reads as the relation alone.
pub fn origin(lang: Lang, relation: Relation, base: &str) -> String {
    match (relation, lang) {
        (Relation::None, _) => relation.label(lang).to_string(),
        (r, Lang::Ko) => format!("{base}에서 {}", r.label(lang)),
        (Relation::FineTune, Lang::En) => format!("Fine-tuned from {base}"),
        (Relation::ContinuedPretraining, Lang::En) => format!("Continued pre-training of {base}"),
        (Relation::Upscaled, Lang::En) => format!("Depth up-scaled (DUS) from {base}"),
        (Relation::Distilled, Lang::En) => format!("Distilled from {base}"),
    }
}

/// Who measured a score: `측정: 카카오(자체 측정)` / `measured by Kakao (self-reported)`.
pub fn measured_by(lang: Lang, org: &str, own: bool) -> String {
    let by = match lang {
        Lang::Ko => format!("측정: {org}"),
        Lang::En => format!("measured by {org}"),
    };
    if own {
        paren(lang, &by, Msg::SelfReported.label(lang))
    } else {
        by
    }
}

/// A claim with its date and who makes it: `… (2021년, 기사 기준)` / `… (2021, per the article)`.
pub fn claim(lang: Lang, claim: &str, when: &str, by: ClaimBy) -> String {
    let by = match lang {
        Lang::Ko => format!("{} 기준", by.label(lang)),
        Lang::En => format!("per {}", by.label(lang)),
    };
    paren(lang, claim, &format!("{when}, {by}"))
}

/// Another source's value for a disputed fact: `다른 출처: 2040억 · 개발사 주장`.
pub fn alternative(lang: Lang, value: &str, status: Status) -> String {
    format!(
        "{}: {value} · {}",
        Msg::Alternatives.label(lang),
        status.label(lang)
    )
}

/// A pin button's accessible name: `비교에 추가: 엑사원 3.5` / `Add to comparison: EXAONE 3.5`.
pub fn pin_label(lang: Lang, name: &str, pinned: bool) -> String {
    let action = if pinned { Msg::Unpin } else { Msg::Pin };
    format!("{}: {name}", action.label(lang))
}

/// The tray heading: `비교 목록(2/6)` / `Comparing (2/6)`.
pub fn tray_title(lang: Lang, n: usize, max: usize) -> String {
    paren(lang, Msg::TrayTitle.label(lang), &format!("{n}/{max}"))
}

/// The footer's source line around its links: what comes before the article's link, the
/// article link's text, and what follows it (before the background sources).
pub fn footer_article(lang: Lang, date: crate::model::Date) -> [String; 3] {
    let date = format::date(date, lang);
    match lang {
        Lang::Ko => [
            "출처: ".into(),
            format!("연합뉴스 {date} 보도"),
            "(정보통신기획평가원 분석 인용), ".into(),
        ],
        Lang::En => [
            "Sources: ".into(),
            format!("Yonhap News report of {date}"),
            " (citing an analysis by the Institute of Information & Communications Technology Planning & Evaluation, IITP), ".into(),
        ],
    }
}

/// The footer's note on where the other sources are.
pub fn sources_on_cards(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!(" 등. 항목별 출처 {n}건은 각 모델 카드에 있습니다."),
        Lang::En => {
            format!(" and others. The {n} sources for individual figures are on the model cards.")
        }
    }
}

/// The data's date: `데이터 기준 2026년 11월 30일` / `Data as of 30 Nov 2026`.
pub fn data_as_of(lang: Lang, date: crate::model::Date) -> String {
    format!("{} {}", Msg::DataAsOf.label(lang), format::date(date, lang))
}

/// A release by name: `릴리스 0.1.0-2026-11-30` / `Release 0.1.0-2026-11-30`.
pub fn release(lang: Lang, name: &str) -> String {
    format!("{} {name}", Msg::Release.label(lang))
}

/// What a reader of an old link is told: the release they see and the newer one, each with
/// its data's date (read from the release names).
pub fn newer_release(lang: Lang, mine: &str, newer: &str) -> String {
    let when = |name: &str| {
        crate::release::parse(name)
            .map(|r| as_of_in_text(lang, r.as_of))
            .unwrap_or_default()
    };
    match lang {
        Lang::Ko => format!(
            "이 화면은 릴리스 {mine}({})입니다. 새 릴리스 {newer}({})가 나왔습니다.",
            when(mine),
            when(newer)
        ),
        Lang::En => format!(
            "This view is release {mine} ({}). A newer release, {newer} ({}), is out.",
            when(mine),
            when(newer)
        ),
    }
}

/// The share preview's credit line: `출처: 연합뉴스 2025년 2월 6일 보도 등 131건 · kllm-widget`.
pub fn preview_credit(lang: Lang, article: crate::model::Date, sources: usize) -> String {
    let date = format::date(article, lang);
    match lang {
        Lang::Ko => format!("출처: 연합뉴스 {date} 보도 등 {sources}건 · kllm-widget"),
        Lang::En => {
            format!("Sources: {sources}, including the Yonhap News report of {date} · kllm-widget")
        }
    }
}

/// The share preview described (its `og:image:alt`): the headline, the chart's own
/// description and the data's date.
pub fn preview_alt(lang: Lang, title: &str, chart: &str, as_of: crate::model::Date) -> String {
    let when = data_as_of(lang, as_of);
    match lang {
        Lang::Ko => format!("「{title}」 {chart} {when}."),
        Lang::En => format!("“{title}” {chart} {when}."),
    }
}

/// The data licence sentence of "Get the data" around the licence's link: what comes
/// before it, the link's text, and what follows it.
pub fn data_licence(lang: Lang) -> [&'static str; 3] {
    let name = crate::release::DATA_LICENCE;
    match lang {
        Lang::Ko => [
            "데이터와 내려받는 파일(CSV·JSON)은 출처를 밝히면 ",
            name,
            " 라이선스에 따라 자유롭게 다시 쓸 수 있습니다. 각 출처의 자료는 그 출처의 이용 조건을 따르며, 이 위젯은 출처의 제목 말고는 본문을 옮겨 싣지 않습니다.",
        ],
        Lang::En => [
            "The data and the downloads (CSV, JSON) may be reused freely with credit under ",
            name,
            ". Each source keeps its own terms; the widget reproduces none of their text beyond their titles.",
        ],
    }
}

/// How to cite the data of a release (without the `인용:` / `Cite as:` label):
/// `kllm-widget, 「한국의 거대언어모델, 어디까지 왔나」 데이터, 릴리스 0.1.0-2026-11-30(데이터 기준
/// 2026년 11월 30일), CC BY 4.0.`
pub fn citation(lang: Lang, release_name: &str, as_of: crate::model::Date) -> String {
    let (title, licence) = (Msg::Title.label(lang), crate::release::DATA_LICENCE);
    let when = as_of_in_text(lang, as_of);
    match lang {
        Lang::Ko => {
            format!("kllm-widget, 「{title}」 데이터, 릴리스 {release_name}({when}), {licence}.")
        }
        Lang::En => {
            format!("kllm-widget, “{title}” data, release {release_name} ({when}), {licence}.")
        }
    }
}

/// The data's date inside a sentence: `데이터 기준 2026년 11월 30일` / `data as of 30 Nov 2026`.
/// (Written out, not lower-cased from [`data_as_of`]: case mapping would bring Unicode's case
/// tables into the wasm.)
fn as_of_in_text(lang: Lang, date: crate::model::Date) -> String {
    match lang {
        Lang::Ko => data_as_of(lang, date),
        Lang::En => format!("data as of {}", format::date(date, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_line_in_both_languages() {
        assert_eq!(results(Lang::Ko, 5, 13), "모델 13개 중 5개");
        assert_eq!(results(Lang::En, 5, 13), "5 of 13 models");
    }

    #[test]
    fn sizes_list_moe_active_parameters_in_one_unit() {
        let size = |total, active| Size {
            total,
            active,
            label: None,
        };
        let s = [size(2.4, None), size(671.0, Some(37.0))];
        assert_eq!(sizes(Lang::Ko, &s), "24억 · 6710억(활성 370억)");
        assert_eq!(sizes(Lang::En, &s), "2.4B · 671B (37B active)");
        let small = [size(0.57, None), size(1.5, None), size(3.0, None)];
        assert_eq!(sizes(Lang::En, &small), "0.57B · 1.5B · 3B");
        assert_eq!(sizes(Lang::Ko, &small), "5억7000만 · 15억 · 30억");
    }

    #[test]
    fn context_reads_as_tokens() {
        assert_eq!(context(Lang::Ko, 32_768), "32,768 토큰");
        assert_eq!(context(Lang::En, 4_096), "4,096 tokens");
    }

    #[test]
    fn origin_puts_the_base_model_where_each_language_does() {
        assert_eq!(
            origin(Lang::Ko, Relation::FineTune, "Qwen-72B"),
            "Qwen-72B에서 미세조정"
        );
        assert_eq!(
            origin(Lang::En, Relation::FineTune, "Qwen-72B"),
            "Fine-tuned from Qwen-72B"
        );
        assert_eq!(origin(Lang::Ko, Relation::None, ""), "처음부터 자체 학습");
    }

    #[test]
    fn the_release_and_its_citation_read_in_both_languages() {
        let date = crate::model::Date::ymd(2026, 11, 30);
        assert_eq!(data_as_of(Lang::Ko, date), "데이터 기준 2026년 11월 30일");
        assert_eq!(data_as_of(Lang::En, date), "Data as of 30 Nov 2026");
        assert_eq!(
            release(Lang::Ko, "0.1.0-2026-11-30"),
            "릴리스 0.1.0-2026-11-30"
        );
        assert_eq!(
            citation(Lang::Ko, "0.1.0-2026-11-30", date),
            "kllm-widget, 「한국의 거대언어모델, 어디까지 왔나」 데이터, \
             릴리스 0.1.0-2026-11-30(데이터 기준 2026년 11월 30일), CC BY 4.0."
        );
        assert_eq!(
            citation(Lang::En, "0.1.0-2026-11-30", date),
            "kllm-widget, “Korea's large language models: how far have they come?” data, \
             release 0.1.0-2026-11-30 (data as of 30 Nov 2026), CC BY 4.0."
        );
        for lang in [Lang::Ko, Lang::En] {
            assert_eq!(data_licence(lang)[1], "CC BY 4.0");
        }
        assert_eq!(
            newer_release(Lang::Ko, "0.1.0-2026-11-30", "0.1.0-2026-12-15"),
            "이 화면은 릴리스 0.1.0-2026-11-30(데이터 기준 2026년 11월 30일)입니다. \
             새 릴리스 0.1.0-2026-12-15(데이터 기준 2026년 12월 15일)가 나왔습니다."
        );
        assert_eq!(
            newer_release(Lang::En, "0.1.0-2026-11-30", "0.1.0-2026-12-15"),
            "This view is release 0.1.0-2026-11-30 (data as of 30 Nov 2026). \
             A newer release, 0.1.0-2026-12-15 (data as of 15 Dec 2026), is out."
        );
    }

    #[test]
    fn claims_and_measurers_read_naturally() {
        assert_eq!(
            claim(Lang::Ko, "최초의 모델", "2021년", ClaimBy::Article),
            "최초의 모델(2021년, 기사 기준)"
        );
        assert_eq!(
            claim(Lang::En, "The first", "2021", ClaimBy::Developer),
            "The first (2021, per the developer)"
        );
        assert_eq!(
            measured_by(Lang::Ko, "카카오", true),
            "측정: 카카오(자체 측정)"
        );
        assert_eq!(measured_by(Lang::En, "Kakao", false), "measured by Kakao");
        assert_eq!(
            pin_label(Lang::Ko, "엑사원 3.5", false),
            "비교에 추가: 엑사원 3.5"
        );
    }
}
