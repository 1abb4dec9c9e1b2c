//! The gap chart's words: the figures as sentences (at the article's date and now), the
//! headline, what each figure rests on, who measured the scores, the notes, the drawing's text
//! summary, and the HTML the view shows them in. Every word comes from `crate::i18n`. Pure.

use super::series::{short, GapSeries};
use crate::gap::{self, Figure, Step, Why};
use crate::i18n::chart::{self as words, GapModel, GapOutcome, Resting};
use crate::i18n::{format, t, text, ChartMsg};
use crate::markup::{close, element, open};
use crate::model::Dataset;
use crate::settings::Lang;

impl GapSeries {
    fn model<'a>(&self, s: &Step, lang: Lang, buf: &'a mut [String; 3]) -> GapModel<'a> {
        buf[0] = self.name(s.model).to_string();
        buf[1] = format::month(s.date, lang);
        buf[2] = format::score(s.score);
        GapModel {
            name: &buf[0],
            released: &buf[1],
            score: &buf[2],
        }
    }

    /// The sentence for one moment (`article`: the article's date, else the data's).
    pub fn sentence(&self, lang: Lang, article: bool) -> String {
        self.sentence_with(lang, article, true)
    }

    /// The sentence for one moment without the setting in front (the view shows it above).
    pub fn short_sentence(&self, lang: Lang, article: bool) -> String {
        self.sentence_with(lang, article, false)
    }

    fn sentence_with(&self, lang: Lang, article: bool, setting: bool) -> String {
        let (date, figure) = if article { self.article } else { self.now };
        let when = words::when(lang, article, &format::date(date, lang));
        let (mut kb, mut gb) = (<[String; 3]>::default(), <[String; 3]>::default());
        let outcome = self.outcome(&figure, lang, &mut kb, &mut gb);
        let setting = setting.then_some(self.setting.as_str());
        words::gap_sentence(lang, setting, &when, &outcome)
    }

    /// A figure as the plain values its words are written from (names, months, scores in
    /// `kb` and `gb`).
    fn outcome<'a>(
        &self,
        figure: &Figure,
        lang: Lang,
        kb: &'a mut [String; 3],
        gb: &'a mut [String; 3],
    ) -> GapOutcome<'a> {
        match *figure {
            Figure::Behind {
                korean,
                global,
                months,
                at_least,
            } => GapOutcome::Behind {
                korean: self.model(&korean, lang, kb),
                global: self.model(&global, lang, gb),
                months,
                at_least,
            },
            Figure::Ahead {
                korean,
                global,
                months,
            } => GapOutcome::Ahead {
                korean: self.model(&korean, lang, kb),
                later: match (global, months) {
                    (Some(g), Some(n)) => Some((self.model(&g, lang, gb), n)),
                    _ => None,
                },
            },
            Figure::None(Why::TooFewKorean(count)) => GapOutcome::TooFew {
                korean: true,
                count,
            },
            Figure::None(Why::TooFewGlobal(count)) => GapOutcome::TooFew {
                korean: false,
                count,
            },
        }
    }

    /// Today's figure as the view leads with it: the large figure (`32개월` / `32 months`,
    /// a lower bound `32개월 이상`) and the one line saying between which two models it is
    /// counted. `None` when there is no figure today.
    pub fn headline(&self, lang: Lang) -> Option<(String, String)> {
        let figure = self.now.1;
        let (mut kb, mut gb) = (<[String; 3]>::default(), <[String; 3]>::default());
        let between = words::gap_between(lang, &self.outcome(&figure, lang, &mut kb, &mut gb))?;
        Some((short(&figure, lang), between))
    }

    /// What the figure at one moment rests on, in words: the deciding scores and the figure
    /// without each (leave-one-out). `None` when there is no figure then.
    pub fn rests_sentence(&self, lang: Lang, article: bool) -> Option<String> {
        let rests = if article { self.rests.0 } else { self.rests.1 };
        let items: Vec<(Step, String, [String; 3])> = rests
            .each()
            .map(|(step, without)| {
                let mut buf = <[String; 3]>::default();
                self.model(&step, lang, &mut buf);
                (step, short(&without, lang), buf)
            })
            .collect();
        if items.is_empty() {
            return None;
        }
        let resting: Vec<Resting> = items
            .iter()
            .map(|(_, without, b)| Resting {
                model: GapModel {
                    name: &b[0],
                    released: &b[1],
                    score: &b[2],
                },
                without,
            })
            .collect();
        Some(words::gap_rests(lang, article, &resting))
    }

    /// Both sentences: at the article's date, then now.
    pub fn sentences(&self, lang: Lang) -> [String; 2] {
        [self.sentence(lang, true), self.sentence(lang, false)]
    }

    /// The note next to the figures on who measured the scores (as of now): several
    /// measurers, or one measurer's table.
    pub fn measurer_note(&self, d: &Dataset, lang: Lang) -> Option<String> {
        let by = self.comparison.measurers(self.now.0);
        let names: Vec<&str> = by.iter().map(|&o| text(lang, &d.org(o).name)).collect();
        match (names.len(), self.comparison.protocol.table) {
            (0, _) => None,
            (_, Some(tb)) => Some(words::gap_one_table(
                lang,
                text(lang, &d.org(tb.measured_by).name),
            )),
            (1, None) => None,
            _ => Some(words::gap_mixed(lang, &names)),
        }
    }

    /// The notes under the figures: other comparisons of the benchmark, the benchmarks
    /// without a figure, what a missing model would do, and that filters do not apply.
    pub fn notes(&self, d: &Dataset, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if !self.others.is_empty() {
            out.push(words::gap_others(lang, &self.others));
        }
        let unscored: Vec<&str> = gap::without_figure(d).iter().map(|b| b.name()).collect();
        if !unscored.is_empty() {
            out.push(words::gap_unscored(lang, &unscored));
        }
        out.push(t(lang, ChartMsg::GapCoverage).to_string());
        out.push(t(lang, ChartMsg::GapAllModels).to_string());
        out
    }

    /// The figures in words as HTML, now first (the question the view answers), then at the
    /// article's date, and who measured the scores; the setting is named above them unless the
    /// view's setting choice shows it. Written here, not by Yew: static text costs less wasm as
    /// a string (`components::chart_gap`).
    pub fn figures_html(&self, d: &Dataset, lang: Lang) -> String {
        let mut o = String::with_capacity(1200);
        if self.choices.len() <= 1 {
            element(
                &mut o,
                "p",
                &[("class", "kllm-chart__gap-setting")],
                &self.setting,
            );
        }
        // Today's figure leads the view ([`Self::headline_html`]) and what it rests on says its
        // two scores below: its sentence is written out only when there is no figure today.
        let lead = self.headline(lang).is_some();
        for (moment, article) in [("now", false), ("article", true)] {
            if lead && !article {
                continue;
            }
            let attrs = [
                ("class", "kllm-chart__gap-sentence"),
                ("data-moment", moment),
            ];
            element(&mut o, "p", &attrs, &self.short_sentence(lang, article));
        }
        // What each figure rests on, and the figure without each deciding score.
        for (moment, article) in [("now", false), ("article", true)] {
            if let Some(r) = self.rests_sentence(lang, article) {
                let attrs = [("class", "kllm-chart__gap-rests"), ("data-moment", moment)];
                element(&mut o, "p", &attrs, &r);
            }
        }
        if let Some(note) = self.measurer_note(d, lang) {
            element(&mut o, "p", &[("class", "kllm-chart__gap-note")], &note);
        }
        o
    }

    /// Today's figure, large, and the line saying between which two models (HTML): what the
    /// view leads with, above its controls. Empty when there is no figure today.
    pub fn headline_html(&self, lang: Lang) -> String {
        let mut o = String::with_capacity(200);
        if let Some((big, between)) = self.headline(lang) {
            element(&mut o, "p", &[("class", "kllm-chart__gap-big")], &big);
            element(
                &mut o,
                "p",
                &[("class", "kllm-chart__gap-between")],
                &between,
            );
        }
        o
    }

    /// The rule for comparable scores and the caveats, as a disclosure (HTML).
    pub fn how_html(&self, d: &Dataset, lang: Lang) -> String {
        let mut o = String::with_capacity(2000);
        open(
            &mut o,
            "details",
            &[("class", "kllm-chart__table-alt kllm-chart__gap-how")],
        );
        element(&mut o, "summary", &[], t(lang, ChartMsg::GapHow));
        element(&mut o, "p", &[], t(lang, ChartMsg::GapRule));
        for n in self.notes(d, lang) {
            element(&mut o, "p", &[], &n);
        }
        close(&mut o, "details");
        o
    }

    /// The drawing's text summary (`<desc>`): what is drawn, the figures, what they rest on.
    pub fn summary(&self, lang: Lang) -> String {
        let c = &self.comparison;
        let mut lines = self.sentences(lang).to_vec();
        lines.extend(
            [false, true]
                .into_iter()
                .filter_map(|a| self.rests_sentence(lang, a)),
        );
        words::gap_summary(lang, &self.setting, c.korean.len(), c.global.len(), &lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::gap::gap_series;
    use crate::data::dataset;
    use crate::model::BenchmarkId;

    #[test]
    fn sentences_at_both_dates_in_both_languages() {
        let d = dataset();
        let s = gap_series(d, BenchmarkId::Mmlu, None, Lang::En).unwrap();
        let [then, now] = s.sentences(Lang::En);
        assert_eq!(
            then,
            "MMLU · 5-shot · base: No figure at the article's date (6 Feb 2025): \
             only 1 Korean model has a comparable score (two are needed)."
        );
        assert_eq!(
            now,
            "MMLU · 5-shot · base: When the data was last checked (6 Dec 2026), the best Korean \
             score was 78.1, by Motif 2 12.7B (Nov 2025). A global model had first reached it \
             32 months (2 years 8 months) earlier: GPT-4 (Mar 2023), 86.4."
        );
        let s = gap_series(d, BenchmarkId::Kmmlu, Some("instruct.0shot.cot"), Lang::Ko).unwrap();
        assert_eq!(
            s.sentence(Lang::Ko, true),
            "KMMLU · 0-shot CoT · 지시 학습 모델: 기사 시점(2025년 2월 6일) 한국 최고 점수는 \
             카나나 · 325억(2024년 11월)의 64.2입니다. 글로벌 모델은 이 점수에 2개월 먼저 \
             도달했습니다: 큐원 2.5 72B(2024년 9월) 65.8."
        );
    }

    #[test]
    fn the_view_leads_with_the_figure_and_says_what_it_rests_on() {
        let d = dataset();
        let s = gap_series(d, BenchmarkId::Mmlu, None, Lang::Ko).unwrap();
        let (big, between) = s.headline(Lang::Ko).unwrap();
        assert_eq!(big, "32개월");
        assert_eq!(
            between,
            "GPT-4(2023년 3월)부터 모티프 2 12.7B(2025년 11월)까지 · 2년 8개월"
        );
        assert_eq!(
            s.rests_sentence(Lang::Ko, false).unwrap(),
            "이 수치를 정한 두 점수: 모티프 2 12.7B 78.1(2025년 11월), GPT-4 86.4(2023년 3월). \
             하나씩 빼면: 모티프 2 12.7B 없이 20개월, GPT-4 없이 23개월."
        );
        // The article's date has no figure, so nothing rests on anything there.
        assert_eq!(s.rests_sentence(Lang::Ko, true), None);
        let e = gap_series(d, BenchmarkId::Mmlu, None, Lang::En).unwrap();
        assert_eq!(
            e.headline(Lang::En).unwrap(),
            (
                "32 months".to_string(),
                "From GPT-4 (Mar 2023) to Motif 2 12.7B (Nov 2025) · 2 years 8 months".to_string()
            )
        );
        assert_eq!(
            e.rests_sentence(Lang::En, false).unwrap(),
            "This figure rests on two scores: Motif 2 12.7B's 78.1 (Nov 2025) and GPT-4's 86.4 \
             (Mar 2023). Leaving one out: without Motif 2 12.7B, 20 months; without GPT-4, 23 months."
        );
        // The view's HTML: the figure first, the rests under the sentences.
        assert!(e
            .headline_html(Lang::En)
            .starts_with("<p class=\"kllm-chart__gap-big\">32 months</p>"));
        let figures = e.figures_html(d, Lang::En);
        assert!(figures.contains(
            "<p class=\"kllm-chart__gap-rests\" data-moment=\"now\">This figure rests on"
        ));
        // A fragile figure: KMMLU's 15 months are 2 without Kanana-2's score.
        let k = gap_series(d, BenchmarkId::Kmmlu, None, Lang::En).unwrap();
        let r = k.rests_sentence(Lang::En, false).unwrap();
        assert!(
            r.ends_with("without Kanana-2, 2 months; without Qwen2.5-72B, no figure."),
            "{r}"
        );
    }

    #[test]
    fn notes_say_who_measured_and_what_else_there_is() {
        let d = dataset();
        let s = gap_series(d, BenchmarkId::Mmlu, None, Lang::En).unwrap();
        let note = s.measurer_note(d, Lang::En).unwrap();
        assert!(note.starts_with("Measured by 11 parties"), "{note}");
        let notes = s.notes(d, Lang::En);
        assert!(notes[0].starts_with("Other comparisons on this benchmark — MMLU · 0-shot CoT · instruction-tuned: 6+ months at the article's date, 12+ months now"), "{}", notes[0]);
        assert!(notes[1].contains("GPQA Diamond"), "{}", notes[1]);
        let k = gap_series(d, BenchmarkId::Kmmlu, None, Lang::Ko).unwrap();
        assert!(
            k.measurer_note(d, Lang::Ko).is_none(),
            "one measurer, a stated setting"
        );
        assert_eq!(k.choices.len(), 2);
    }
}
