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
///
/// Linear in the document: each sentence's attributions (speech verbs with
/// a subject that is a mention, in text order) are found once, the first
/// time a quote needs that sentence, and each quote then takes the first
/// one outside it by binary search, instead of rescanning the sentence (and
/// lower-casing its lemmas) for every quote mark.
pub fn quote_speakers(doc: &Doc, t: &Tree, found: &[Found]) -> Vec<(Span, Option<usize>)> {
    let regions = quote_regions(&doc.text);
    let mut out: Vec<(Span, Option<usize>)> = Vec::with_capacity(regions.len());
    if regions.is_empty() {
        return out;
    }
    let mut attributions = Attributions::new(doc, found);
    for r in regions {
        crate::budget::check();
        let mut speaker = None;
        // The attribution: a speech verb outside the quote, in the sentence
        // where the quote ends (", he said"), else where it starts
        // ("AmCham said in a statement: “...").
        let mut sents = Vec::with_capacity(2);
        if let Some(s) = doc.sentence_at(r.end.saturating_sub(1)) {
            sents.push(s);
        }
        if let Some(s) = doc.sentence_at(r.start)
            && !sents.contains(&s)
        {
            sents.push(s);
        }
        for s in sents {
            speaker = attributions.first_outside(doc, t, found, s, r);
            if speaker.is_some() {
                break;
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

/// Per sentence, the speech verbs whose subject is a mention: (the verb's
/// span, the mention), in text order; built on first use.
struct Attributions {
    /// sentence → its attributions, once built
    by_sentence: Vec<Option<Vec<(Span, usize)>>>,
    /// token → the first mention of its sentence that covers it or is
    /// headed by it (`usize::MAX`: none); filled a sentence at a time
    mention_at: Vec<usize>,
    /// sentence → its mentions, a range of `found` (which is in sentence
    /// order)
    found_in: Vec<std::ops::Range<usize>>,
}

impl Attributions {
    fn new(doc: &Doc, found: &[Found]) -> Self {
        let found_in = (0..doc.sentences.len())
            .map(|s| {
                let from = found.partition_point(|f| f.actor.sentence < s);
                let n = found[from..]
                    .iter()
                    .take_while(|f| f.actor.sentence == s)
                    .count();
                from..from + n
            })
            .collect();
        Attributions {
            by_sentence: vec![None; doc.sentences.len()],
            mention_at: vec![usize::MAX; doc.tokens.len()],
            found_in,
        }
    }

    /// The speaker of the first attribution in sentence `s` that lies
    /// outside quote `r`.
    fn first_outside(
        &mut self,
        doc: &Doc,
        t: &Tree,
        found: &[Found],
        s: usize,
        r: Span,
    ) -> Option<usize> {
        if self.by_sentence[s].is_none() {
            let built = self.build(doc, t, found, s);
            self.by_sentence[s] = Some(built);
        }
        let list = self.by_sentence[s].as_deref().unwrap_or_default();
        // Tokens do not overlap, so those that overlap the quote are one run:
        // the first outside it is the first of all, or the first after it.
        let first = list.first()?;
        if !r.overlaps(first.0) {
            return Some(first.1);
        }
        let after = list.partition_point(|(span, _)| span.start < r.end);
        list.get(after).map(|x| x.1)
    }

    fn build(&mut self, doc: &Doc, t: &Tree, found: &[Found], s: usize) -> Vec<(Span, usize)> {
        let tokens = doc.sentences[s].tokens.clone();
        // Latest first, so each token keeps the first mention that has it.
        for m in self.found_in[s].clone().rev() {
            let f = &found[m];
            let head = f.actor.head;
            for i in f.tokens.clone().chain(std::iter::once(head)) {
                if tokens.contains(&i) {
                    self.mention_at[i] = m;
                }
            }
        }
        let mut out = Vec::new();
        for i in tokens.clone() {
            if !SPEECH_LEMMAS.contains(&t.lemma(i).as_str()) {
                continue;
            }
            let speaker = t
                .children_with(i, &["nsubj"])
                .filter(|subj| tokens.contains(subj))
                .map(|subj| self.mention_at[subj])
                .find(|&m| m != usize::MAX);
            if let Some(m) = speaker {
                out.push((t.tok(i).span, m));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Component;

    /// The earlier, quadratic search: for each quote, every token of its
    /// sentences and every mention of the sentence.
    fn rescanning(doc: &Doc, t: &Tree, found: &[Found]) -> Speakers {
        let mut out: Vec<(Span, Option<usize>)> = Vec::new();
        for r in quote_regions(&doc.text) {
            let mut speaker = None;
            let mut sents = Vec::new();
            sents.extend(doc.sentence_at(r.end.saturating_sub(1)));
            if let Some(s) = doc.sentence_at(r.start)
                && !sents.contains(&s)
            {
                sents.push(s);
            }
            'find: for s in sents {
                for i in doc.sentences[s].tokens.clone() {
                    if r.overlaps(t.tok(i).span) || !SPEECH_LEMMAS.contains(&t.lemma(i).as_str()) {
                        continue;
                    }
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
            out.push((r, speaker.or_else(|| out.last().and_then(|x| x.1))));
        }
        out
    }

    type Speakers = Vec<(Span, Option<usize>)>;

    fn speakers_both_ways(text: &str) -> (Speakers, Speakers) {
        let mut doc = Doc::new("q", text);
        crate::pipeline::segmentation().process(&mut doc);
        crate::ner::spacy::SpacyPipeline::new()
            .unwrap()
            .process(&mut doc);
        crate::ner::gazetteer::Gazetteer.process(&mut doc);
        let t = Tree::new(&doc);
        let home = super::super::mention::home_country(&doc, &t);
        let mut found = super::super::mention::find_mentions(&doc, &t, home.as_deref());
        super::super::resolve::resolve(&doc, &t, &mut found, home.as_deref());
        (
            quote_speakers(&doc, &t, &found),
            rescanning(&doc, &t, &found),
        )
    }

    #[test]
    fn one_scan_finds_the_speakers_the_rescanning_search_found() {
        let texts = [
            "“We will not accept this,” the Kenyan foreign minister said on Monday. \
             “The talks go on,” he added. Japan's ambassador said: “We regret it.”",
            "\"One,\" Ruto said, \"two,\" Modi said, and \"three\" said Scholz. \"Four.\"",
            "Ruto said \"we agree\" and Modi told reporters \"we do not\" while \"nobody\" spoke.",
            "“Unclosed quote by the minister, who said it runs on.\n\n“Still open,” the envoy said.",
            "No quotes here; the minister said nothing.",
        ];
        let mut attributed = 0;
        for text in texts {
            let (fast, slow) = speakers_both_ways(text);
            assert_eq!(fast, slow, "{text}");
            attributed += fast.iter().filter(|x| x.1.is_some()).count();
        }
        assert!(attributed >= 5, "{attributed} quotes attributed");
        // Seed articles too.
        for e in std::fs::read_dir("seeds").unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let (fast, slow) = speakers_both_ways(&text);
            assert_eq!(fast, slow);
        }
    }

    #[test]
    fn many_quotes_in_one_sentence_are_each_attributed() {
        // One long sentence of 1,000 quotes, each with its own "X said": the
        // old search rescanned the sentence for each quote.
        let text = "“We agree,” the Kenyan foreign minister said, and ".repeat(1000);
        let (fast, slow) = speakers_both_ways(&text);
        assert_eq!(fast.len(), 1000);
        assert_eq!(fast, slow);
        let n = fast.iter().filter(|x| x.1.is_some()).count();
        eprintln!("{n} of 1000 attributed");
        assert!(n >= 900, "{n} of 1000 attributed");
    }

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
