//! Hangul arithmetic for search: syllables as (initial, vowel, final) indices, the consonant
//! tables shared by the three Unicode forms of jamo, and NFC composition of conjoining jamo.
//! Written from the Unicode Standard's Hangul syllable algorithm (chapter 3.12). Pure.

/// First precomposed syllable, 가.
const SYLLABLE_BASE: u32 = 0xAC00;
const VOWELS: u32 = 21;
const FINALS: u32 = 28;
const SYLLABLES: u32 = 19 * VOWELS * FINALS;

/// The 19 initial consonants in syllable order, as Hangul Compatibility Jamo.
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

/// The 27 final consonants in syllable order (index 0 is "no final").
const FINAL_JAMO: [char; 28] = [
    '\0', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
    'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
];

/// Compatibility vowels start here, in syllable order (ㅏ ㅐ ㅑ … ㅣ).
const COMPAT_VOWEL_BASE: u32 = 0x314F;

/// A precomposed syllable split into indices: initial 0..19, vowel 0..21, final 0..28
/// (0 = none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Syllable {
    pub initial: u8,
    pub vowel: u8,
    pub last: u8,
}

impl Syllable {
    pub fn of(c: char) -> Option<Syllable> {
        let i = (c as u32).checked_sub(SYLLABLE_BASE)?;
        (i < SYLLABLES).then_some(Syllable {
            initial: (i / (VOWELS * FINALS)) as u8,
            vowel: (i % (VOWELS * FINALS) / FINALS) as u8,
            last: (i % FINALS) as u8,
        })
    }

    pub fn to_char(self) -> char {
        let i = (u32::from(self.initial) * VOWELS + u32::from(self.vowel)) * FINALS
            + u32::from(self.last);
        char::from_u32(SYLLABLE_BASE + i).unwrap_or('\u{FFFD}')
    }
}

/// The initial-consonant index of a bare compatibility consonant (`ㅎ` → 18); `None` for the
/// compound ones (ㄳ, ㄻ, …) that cannot start a syllable.
pub fn initial_index(c: char) -> Option<u8> {
    INITIALS.iter().position(|&j| j == c).map(|i| i as u8)
}

/// The initial consonant a character answers to in an initial-consonant search: the
/// syllable's first consonant, or a bare consonant itself.
pub fn initial_of(c: char) -> Option<u8> {
    match Syllable::of(c) {
        Some(s) => Some(s.initial),
        None => initial_index(c),
    }
}

/// A compound consonant as the two a keyboard types (`ㄻ` → `ㄹ`, `ㅁ`). Windows IMEs merge
/// consonants typed in a row into these.
pub fn split_compound(c: char) -> Option<(char, char)> {
    Some(match c {
        'ㄳ' => ('ㄱ', 'ㅅ'),
        'ㄵ' => ('ㄴ', 'ㅈ'),
        'ㄶ' => ('ㄴ', 'ㅎ'),
        'ㄺ' => ('ㄹ', 'ㄱ'),
        'ㄻ' => ('ㄹ', 'ㅁ'),
        'ㄼ' => ('ㄹ', 'ㅂ'),
        'ㄽ' => ('ㄹ', 'ㅅ'),
        'ㄾ' => ('ㄹ', 'ㅌ'),
        'ㄿ' => ('ㄹ', 'ㅍ'),
        'ㅀ' => ('ㄹ', 'ㅎ'),
        'ㅄ' => ('ㅂ', 'ㅅ'),
        _ => return None,
    })
}

/// A final-consonant index as its compatibility jamo (`None` for 0, no final).
pub fn final_jamo(last: u8) -> Option<char> {
    FINAL_JAMO
        .get(usize::from(last))
        .copied()
        .filter(|&c| c != '\0')
}

/// The final-consonant index of a compatibility jamo (`ㄹ` → 8).
pub fn final_index(c: char) -> Option<u8> {
    FINAL_JAMO[1..]
        .iter()
        .position(|&j| j == c)
        .map(|i| i as u8 + 1)
}

/// Whether vowel `next` is `typed`, or a compound vowel an IME builds from it by one more key
/// (ㅗ → ㅘ ㅙ ㅚ, ㅜ → ㅝ ㅞ ㅟ, ㅡ → ㅢ).
pub fn vowel_extends(typed: u8, next: u8) -> bool {
    typed == next || matches!((typed, next), (8, 9..=11) | (13, 14..=16) | (18, 19))
}

/// Whether final `next` is `typed`, or a compound final built from it (ㄹ → ㄺ, …).
pub fn final_extends(typed: u8, next: u8) -> bool {
    typed == next
        || final_jamo(next)
            .and_then(split_compound)
            .is_some_and(|(first, _)| final_index(first) == Some(typed))
}

/// The initial index of a conjoining leading consonant (U+1100..U+1112).
fn leading(c: char) -> Option<u8> {
    (c as u32)
        .checked_sub(0x1100)
        .filter(|&i| i < 19)
        .map(|i| i as u8)
}

/// The vowel index of a conjoining vowel (U+1161..U+1175).
fn medial(c: char) -> Option<u8> {
    (c as u32)
        .checked_sub(0x1161)
        .filter(|&i| i < VOWELS)
        .map(|i| i as u8)
}

/// The final index of a conjoining trailing consonant (U+11A8..U+11C2).
fn trailing(c: char) -> Option<u8> {
    (c as u32)
        .checked_sub(0x11A7)
        .filter(|&i| (1..FINALS).contains(&i))
        .map(|i| i as u8)
}

/// Conjoining jamo (U+1100 block) as the syllables they spell, and left-over ones as
/// compatibility jamo, so NFD-decomposed text (macOS file names, some Android input) and
/// Choseong-form consonants match precomposed text. Other characters pass through.
pub fn compose(chars: impl IntoIterator<Item = char>) -> Vec<char> {
    let input: Vec<char> = chars.into_iter().collect();
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let c = input[i];
        let next = input.get(i + 1).copied();
        if let (Some(initial), Some(vowel)) = (leading(c), next.and_then(medial)) {
            let last = input.get(i + 2).copied().and_then(trailing);
            i += if last.is_some() { 3 } else { 2 };
            let last = last.unwrap_or(0);
            out.push(
                Syllable {
                    initial,
                    vowel,
                    last,
                }
                .to_char(),
            );
            continue;
        }
        // An NFC-style syllable without a final, then a conjoining final.
        let open = Syllable::of(c).filter(|s| s.last == 0);
        if let (Some(s), Some(last)) = (open, next.and_then(trailing)) {
            out.push(Syllable { last, ..s }.to_char());
            i += 2;
            continue;
        }
        out.push(match (leading(c), medial(c), trailing(c)) {
            (Some(l), _, _) => INITIALS[usize::from(l)],
            (_, Some(v), _) => char::from_u32(COMPAT_VOWEL_BASE + u32::from(v)).unwrap_or(c),
            (_, _, Some(t)) => FINAL_JAMO[usize::from(t)],
            _ => c,
        });
        i += 1;
    }
    out
}
