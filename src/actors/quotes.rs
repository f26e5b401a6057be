//! Quotations and who says them, so "we" inside a quote codes as the
//! speaker and events can tell reported speech from the reporter's voice.

use super::mention::Found;
use super::tree::Tree;
use crate::doc::{Doc, Span};

/// Verbs that attribute speech.
pub const SPEECH_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "note",
    "stress",
    "write",
    "insist",
    "declare",
    "announce",
    "explain",
    "reiterate",
    "emphasise",
    "emphasize",
    "affirm",
    "assert",
    "claim",
    "remark",
];

/// Quoted regions of the text (byte spans, quotes included). A new opening
/// quote while one is open continues it, as quotes running over several
/// paragraphs reopen each paragraph.
pub fn quote_regions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' if open.is_none() => {
                open = Some(i);
            }
            '”' => {
                if let Some(s) = open.take() {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
            }
            '"' => match open.take() {
                Some(s) => out.push(Span::new(s, i + 1)),
                None => open = Some(i),
            },
            _ => {}
        }
    }
    out
}

/// Each quoted region with the mention (index into `found`) that says it.
pub fn quote_speakers(doc: &Doc, t: &Tree, found: &[Found]) -> Vec<(Span, Option<usize>)> {
    let regions = quote_regions(&doc.text);
    let mut out: Vec<(Span, Option<usize>)> = Vec::new();
    for r in regions {
        let mut speaker = None;
        // The attribution: a speech verb outside the quote, in the sentence
        // where the quote ends (", he said"), else where it starts
        // ("AmCham said in a statement: “...").
        let mut sents = Vec::new();
        if let Some(s) = doc.sentence_at(r.end.saturating_sub(1)) {
            sents.push(s);
        }
        if let Some(s) = doc.sentence_at(r.start)
            && !sents.contains(&s)
        {
            sents.push(s);
        }
        'find: for s in sents {
            for i in doc.sentences[s].tokens.clone() {
                let ts = t.tok(i).span;
                if r.overlaps(ts) || !SPEECH_LEMMAS.contains(&t.lemma(i).as_str()) {
                    continue;
                }
                // Mentions are in sentence order: look only at this sentence's.
                let from = found.partition_point(|f| f.actor.sentence < s);
                for subj in t.children_with(i, &["nsubj"]) {
                    if let Some(m) = found[from..]
                        .iter()
                        .take_while(|f| f.actor.sentence == s)
                        .position(|f| f.tokens.contains(&subj) || f.actor.head == subj)
                    {
                        speaker = Some(from + m);
                        break 'find;
                    }
                }
            }
        }
        if speaker.is_none() {
            // "..., the statement added": the same speaker as the previous quote.
            speaker = out.last().and_then(|x| x.1);
        }
        out.push((r, speaker));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_span_paragraphs_and_straight_quotes() {
        let text = "A said: “one.\n\n“two,” he said. \"three\" end";
        let r = quote_regions(text);
        assert_eq!(r.len(), 2);
        assert!(text[r[0].start..r[0].end].starts_with("“one"));
        assert!(text[r[0].start..r[0].end].ends_with("two,”"));
        assert_eq!(&text[r[1].start..r[1].end], "\"three\"");
    }
}
