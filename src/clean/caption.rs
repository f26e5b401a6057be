//! Photo captions, bylines and agency sign-offs.

use super::text::words;
use regex::Regex;
use std::sync::LazyLock;

/// Where people stand in a photo: "(left)", "(second from right)", "(L-R)".
static POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\((?:(?i:(?:(?:far|second|third|2nd|3rd|front|back|top|bottom|centre|center|standing|seated|from)(?: row)?[ ,\-]+)*(?:left|right|centre|center|middle|left to right|clockwise from [a-z ]+))(?:[,;][^()]{0,30})?|L|R|L-R|R-L)\)",
    )
    .expect("position pattern compiles")
});

/// A credit opening a caption: "Photo: AFP", "PHOTO BY ...", "File photo".
static CREDIT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(\[]?(?:file\s+)?(?:photo|photograph|picture|image|caption|pic)s?\s*(?::|by\b|credit\b|courtesy\b|/)")
        .expect("credit pattern compiles")
});

/// A credit closing a caption: "— VNA/VNS Photo Văn Điệp", "(Photo: Khmer
/// Times)", "| Reuters photo", "Photo: supplied".
static CREDIT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:[—–|/(\[:]|\s-)\s*[\p{L} ./&]{0,40}(?-u:\b)(?:photos?|pics?|images?|file)(?-u:\b)(?:\s*(?::|by)?\s*[\p{L}\p{M} .'’/&-]{0,40})?[)\]]?|(?-u:\b)(?:supplied|file|handout|stock)\s+(?:photo|image|picture)s?)\s*\.?$")
        .expect("credit pattern compiles")
});

/// "By Niem Chheng", "BY JOHN SMITH and JANE DOE | Reuters".
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:By|BY|by)\s+\p{Lu}").expect("byline pattern compiles"));

/// Production credits: "(Reporting by X; Editing by Y)".
static CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written|produced|translated|translation|graphics|photos?)(?:\s+and\s+\w+)?\s+by\b")
        .expect("credits pattern compiles")
});

/// A sign-off after the last sentence: "— VNS", "- Xinhua", "–Reuters".
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.!?”’'\x22)]\s+)((?:—|–|-{1,2})\s*(?:\p{Lu}{2,}(?:/\p{Lu}{2,})*|Reuters|Xinhua|Bernama|Kyodo|Yonhap|Antara|Sputnik|Tass|Interfax|Kyodo News))\s*$")
        .expect("sign-off pattern compiles")
});

/// A paragraph that is a photo caption. Captions are short and carry a
/// position marker or a photo credit at one end.
pub fn is_caption(paragraph: &str) -> bool {
    if paragraph.len() > 600 {
        return false;
    }
    let n = words(paragraph).count();
    if n == 0 || n > 60 {
        return false;
    }
    (n <= 40 && POSITION.is_match(paragraph))
        || CREDIT_START.is_match(paragraph)
        || credit_end(paragraph)
}

/// A photo credit closing the paragraph. The regex only sees the tail, and
/// only when the tail names a photo: it is the cleaner's costliest pattern.
fn credit_end(paragraph: &str) -> bool {
    let mut from = paragraph.len().saturating_sub(120);
    while !paragraph.is_char_boundary(from) {
        from += 1;
    }
    let tail = &paragraph[from..];
    let lower = tail.to_ascii_lowercase();
    ["photo", "pic", "image", "file"]
        .iter()
        .any(|w| lower.contains(w))
        && CREDIT_END.is_match(tail)
}

/// A byline or credit line.
pub fn is_byline(line: &str) -> bool {
    if line.len() > 400 {
        return false;
    }
    let n = words(line).count();
    if CREDITS.is_match(line) {
        return n <= 40;
    }
    if !BYLINE.is_match(line) || n > 16 || line.contains(". ") {
        return false;
    }
    // Names after "By": mostly capitalised words before any separator.
    let names = line
        .split(['|', ',', '–', '—', '-', '/'])
        .next()
        .unwrap_or(line);
    let mut total = 0;
    let mut caps = 0;
    for w in words(names).skip(1) {
        if matches!(
            w,
            "and" | "&" | "de" | "van" | "von" | "bin" | "binti" | "al" | "of" | "the"
        ) {
            continue;
        }
        total += 1;
        caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    (1..=6).contains(&total) && caps * 10 >= total * 8
}

/// The byte range of an agency sign-off ending `line`, if any.
pub fn sign_off(line: &str) -> Option<(usize, usize)> {
    // A sign-off is a few words at the very end: look at the tail only.
    let mut from = line.len().saturating_sub(64);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let m = SIGN_OFF.captures(&line[from..])?.get(1)?;
    // A match at the cut is not at the start of the line.
    (from == 0 || m.start() > 0).then_some((from + m.start(), from + m.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions() {
        assert!(is_caption(
            "Signing of the MOC before PM Thongsing (left) and PM Abe"
        ));
        assert!(is_caption(
            "Deputy Foreign Minister Alounkeo (left) and Chairman Ishige exchanging copies of the MOC"
        ));
        assert!(is_caption(
            "Deputy Prime Minister Lê Minh Khái (right) receives the Governor in Hà Nội on Thursday. — VNA/VNS Photo Văn Điệp"
        ));
        assert!(is_caption("Photo: AFP"));
        assert!(is_caption(
            "Commerce minister Pan Sorasak meets the ambassador. Supplied photo"
        ));
        assert!(!is_caption(
            "The Ministry of Commerce and the Japanese embassy announced their commitment."
        ));
        assert!(!is_caption(
            "He left (for Tokyo) on Monday and returned on Friday."
        ));
    }

    #[test]
    fn bylines() {
        assert!(is_byline("By Niem Chheng"));
        assert!(is_byline(
            "By Niem Chheng | Publication date 30 November 2022 | 21:07 ICT"
        ));
        assert!(is_byline(
            "(Reporting by Prak Chan Thul; Editing by Martin Petty)"
        ));
        assert!(!is_byline(
            "By now, about 90 pairs of localities have established ties."
        ));
        assert!(!is_byline(
            "By December the talks had stalled and both sides walked away"
        ));
    }

    #[test]
    fn sign_offs() {
        let line = "It will soon organise a trip to Việt Nam. — VNS";
        let (s, e) = sign_off(line).unwrap();
        assert_eq!(&line[s..e], "— VNS");
        assert!(sign_off("The talks went on - and on").is_none());
    }
}
