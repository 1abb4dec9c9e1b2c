//! Fitting labels into a width without a browser: an estimate of how wide a string is drawn
//! (system sans-serif), and wrapping onto at most two lines with an ellipsis. Pure.

/// Estimated advance of `c` in ems: Hangul and other wide scripts take a full em, Latin
/// capitals and digits a little over half, narrow punctuation a third.
fn advance(c: char) -> f64 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'l' | 'j' | '(' | ')' => 0.3,
        'f' | 't' | 'r' | '-' | '·' => 0.4,
        'm' | 'w' | 'M' | 'W' => 0.85,
        'A'..='Z' => 0.66,
        '0'..='9' | 'a'..='z' | '*' => 0.56,
        c if (c as u32) >= 0x1100 => 1.0,
        _ => 0.6,
    }
}

/// Estimated drawn width of `s` in px at `font` px.
pub fn text_width(s: &str, font: f64) -> f64 {
    s.chars().map(advance).sum::<f64>() * font
}

/// Cuts `s` so that it and a trailing `…` fit `max` px.
fn ellipsize(s: &str, max: f64, font: f64) -> String {
    if text_width(s, font) <= max {
        return s.to_string();
    }
    let budget = max - text_width("…", font);
    let mut out = String::new();
    let mut used = 0.0;
    for c in s.chars() {
        used += advance(c) * font;
        if used > budget {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// `s` on one or two lines of at most `max` px, breaking at spaces (or inside a word that is
/// too long alone); what does not fit ends in `…`.
pub fn wrap2(s: &str, max: f64, font: f64) -> Vec<String> {
    if text_width(s, font) <= max {
        return vec![s.to_string()];
    }
    let mut first = String::new();
    let mut rest = s;
    for (i, _) in s.match_indices(' ') {
        if text_width(&s[..i], font) > max {
            break;
        }
        first = s[..i].to_string();
        rest = &s[i + 1..];
    }
    if first.is_empty() {
        // One long word: break it where it stops fitting.
        let mut used = 0.0;
        let cut = s
            .char_indices()
            .find(|&(_, c)| {
                used += advance(c) * font;
                used > max
            })
            .map_or(s.len(), |(i, _)| i);
        first = s[..cut].to_string();
        rest = &s[cut..];
    }
    vec![first, ellipsize(rest.trim_start(), max, font)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_estimated_per_script() {
        assert_eq!(text_width("엑사원", 10.0), 30.0);
        assert!((text_width("32B", 10.0) - 17.8).abs() < 1e-9);
        assert_eq!(text_width("", 12.0), 0.0);
    }

    #[test]
    fn short_labels_stay_on_one_line() {
        assert_eq!(wrap2("EXAONE 3.5", 200.0, 12.0), ["EXAONE 3.5"]);
    }

    #[test]
    fn long_labels_wrap_then_truncate() {
        assert_eq!(
            wrap2("HyperCLOVA X SEED Think 14B", 100.0, 12.0),
            ["HyperCLOVA X", "SEED Think 14B"]
        );
        let lines = wrap2("하이퍼클로바 X 시드 싱크 14B 추론 모델 긴 이름", 80.0, 12.0);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 12.0) <= 80.0));
    }

    #[test]
    fn a_single_long_word_is_cut() {
        let lines = wrap2("Llama-VARCO-8B-Instruct-Extended", 90.0, 12.0);
        assert_eq!(lines.len(), 2);
        assert!(text_width(&lines[0], 12.0) <= 90.0);
    }
}
