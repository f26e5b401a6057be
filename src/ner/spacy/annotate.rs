//! Running the whole pipeline over sentences: tokenize, then batch
//! sentences of similar length into chunks and run each chunk through
//! tok2vec → tagger → parser → attribute ruler → lemmatizer → NER on one
//! thread, chunks in parallel.

use super::attribute_ruler::RulerToken;
use super::linalg::{add_bias, argmax, matmul_bt};
use super::model::SpacyModel;
use super::nonproj;
use super::tok2vec::TokenFeatures;
use super::tokenizer::RawToken;
use super::transition::arc_eager::ParseState;
use super::transition::biluo::{EntitySpan, NerState};
use rayon::prelude::*;

/// Which optional stages to run. Tagging and lemmatisation always run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Dependency parse (also gives the sentence starts the NER respects).
    pub parse: bool,
    /// Named entities.
    pub ner: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            parse: true,
            ner: true,
        }
    }
}

/// One sentence's analysis. Token offsets are bytes into the sentence
/// text; heads index the sentence's tokens (a root points to itself).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub tokens: Vec<RawToken>,
    pub tags: Vec<&'static str>,
    pub pos: Vec<&'static str>,
    pub morph: Vec<&'static str>,
    pub lemmas: Vec<String>,
    pub heads: Vec<usize>,
    pub deps: Vec<&'static str>,
    pub entities: Vec<EntitySpan>,
}

impl Analysis {
    /// Appends the analysis of the next window of the same sentence.
    fn append_window(&mut self, w: Analysis) {
        let base = self.tokens.len();
        self.tokens.extend(w.tokens);
        self.tags.extend(w.tags);
        self.pos.extend(w.pos);
        self.morph.extend(w.morph);
        self.lemmas.extend(w.lemmas);
        self.heads.extend(w.heads.into_iter().map(|h| h + base));
        self.deps.extend(w.deps);
        self.entities.extend(w.entities.into_iter().map(|mut e| {
            e.start += base;
            e.end += base;
            e
        }));
    }
}

/// Tokens per chunk: large enough for efficient matrix products, small
/// enough to keep a chunk's activations in cache and both cores busy.
const CHUNK_TOKENS: usize = 1500;

/// Longest token sequence the models see at once. Working memory is about
/// 5 KB per token (the parser's precomputed features dominate), so a
/// "sentence" of garbage text with millions of tokens must not be parsed in
/// one piece. Longer sentences (far beyond any prose: 20,000 tokens is
/// ~100,000 characters) are analysed in consecutive windows of this size;
/// every token is still analysed, but parse and entities restart at each
/// window boundary.
pub const MAX_WINDOW_TOKENS: usize = 20_000;

/// Groups work items (by index) into chunks of similar length: sorted by
/// token count, cut at about `CHUNK_TOKENS` tokens, and into at least four
/// chunks per thread when there is enough work, so every thread gets some.
fn plan_chunks(lengths: &[usize], threads: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&k| lengths[k]);
    let total: usize = lengths.iter().sum();
    let target = (total / (threads.max(1) * 4)).clamp(64, CHUNK_TOKENS);
    let mut chunks: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut size = 0;
    for k in order {
        if size > 0 && size + lengths[k] > target {
            chunks.push(std::mem::take(&mut current));
            size = 0;
        }
        size += lengths[k];
        current.push(k);
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

impl SpacyModel {
    /// Analyses many sentences (each parsed on its own), in parallel.
    pub fn analyze(&self, texts: &[&str], opts: Options) -> Vec<Analysis> {
        self.analyze_windowed(texts, opts, MAX_WINDOW_TOKENS)
    }

    fn analyze_windowed(&self, texts: &[&str], opts: Options, max_window: usize) -> Vec<Analysis> {
        let max_window = max_window.max(1);
        let tokens: Vec<Vec<RawToken>> = texts
            .par_iter()
            .map(|t| self.tokenizer.tokenize(t))
            .collect();
        // Work items: (sentence, tokens of one window of it).
        let mut items: Vec<(usize, Vec<RawToken>)> = Vec::with_capacity(tokens.len());
        for (i, toks) in tokens.into_iter().enumerate() {
            if toks.len() <= max_window {
                items.push((i, toks));
            } else {
                items.extend(toks.chunks(max_window).map(|w| (i, w.to_vec())));
            }
        }
        let lengths: Vec<usize> = items.iter().map(|(_, t)| t.len()).collect();
        let chunks = plan_chunks(&lengths, rayon::current_num_threads());
        let sentence_of: Vec<usize> = items.iter().map(|(i, _)| *i).collect();
        let mut items: Vec<Option<Vec<RawToken>>> =
            items.into_iter().map(|(_, t)| Some(t)).collect();
        let work: Vec<Vec<(usize, Vec<RawToken>)>> = chunks
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .map(|k| (k, items[k].take().unwrap_or_default()))
                    .collect()
            })
            .collect();
        let done: Vec<Vec<(usize, Analysis)>> = work
            .into_par_iter()
            .map(|chunk| {
                let (keys, toks): (Vec<usize>, Vec<Vec<RawToken>>) = chunk.into_iter().unzip();
                let chunk_texts: Vec<&str> = keys.iter().map(|&k| texts[sentence_of[k]]).collect();
                keys.into_iter()
                    .zip(self.analyze_chunk(&chunk_texts, toks, opts))
                    .collect()
            })
            .collect();
        let mut by_item: Vec<Option<Analysis>> = vec![None; sentence_of.len()];
        for (k, a) in done.into_iter().flatten() {
            by_item[k] = Some(a);
        }
        let mut out = vec![Analysis::default(); texts.len()];
        // Items of one sentence are consecutive and in window order.
        for (k, a) in by_item.into_iter().enumerate() {
            out[sentence_of[k]].append_window(a.unwrap_or_default());
        }
        out
    }

    /// Runs the models over tokenized sentences on the current thread.
    pub fn analyze_chunk(
        &self,
        texts: &[&str],
        tokens: Vec<Vec<RawToken>>,
        opts: Options,
    ) -> Vec<Analysis> {
        let lens: Vec<usize> = tokens.iter().map(Vec::len).collect();
        let mut bases = Vec::with_capacity(lens.len());
        let mut feats: Vec<TokenFeatures> = Vec::with_capacity(lens.iter().sum());
        let mut is_space: Vec<Vec<bool>> = Vec::with_capacity(lens.len());
        for (text, toks) in texts.iter().zip(&tokens) {
            bases.push(feats.len());
            let mut spaces = Vec::with_capacity(toks.len());
            for t in toks {
                let lex = self.vocab.lex_attrs(&text[t.start..t.end], t.norm);
                feats.push([
                    lex.norm,
                    lex.prefix,
                    lex.suffix,
                    lex.shape,
                    u64::from(t.space_after),
                    u64::from(lex.is_space),
                ]);
                spaces.push(lex.is_space);
            }
            is_space.push(spaces);
        }

        let width = self.tok2vec.width();
        let tokvecs = self.tok2vec.forward(&feats, &lens);
        let n_tags = self.tagger.labels.len();
        let mut tag_scores = vec![0.0; feats.len() * n_tags];
        matmul_bt(
            &tokvecs,
            feats.len(),
            width,
            &self.tagger.w,
            n_tags,
            &mut tag_scores,
            false,
        );
        add_bias(&mut tag_scores, &self.tagger.b);
        let tags: Vec<&'static str> = tag_scores
            .chunks_exact(n_tags)
            .map(|row| self.tagger.labels[argmax(row)])
            .collect();

        // Parser: heads, labels and the sentence starts it implies.
        let mut parses: Vec<(Vec<usize>, Vec<u16>, Vec<bool>)> = Vec::with_capacity(lens.len());
        if opts.parse {
            let cached = self.parser.model.precompute(&tokvecs);
            let mut states: Vec<ParseState> = lens.iter().map(|&n| ParseState::new(n)).collect();
            self.parser
                .model
                .decode(&self.parser.system, &mut states, &bases, &cached);
            for (state, spaces) in states.iter().zip(&is_space) {
                let (mut heads, mut labels) = self.parser.system.finish(state);
                nonproj::deprojectivize(&mut heads, &mut labels, &self.parser.decorations, spaces);
                let starts = nonproj::edges(&heads).sent_start;
                parses.push((heads, labels, starts));
            }
        } else {
            for &n in &lens {
                parses.push(((0..n).collect(), Vec::new(), vec![false; n]));
            }
        }

        let mut out = Vec::with_capacity(lens.len());
        for (s, (text, toks)) in texts.iter().zip(tokens).enumerate() {
            let base = bases[s];
            let (heads, labels, _) = &parses[s];
            let mut deps: Vec<&'static str> = if opts.parse {
                labels
                    .iter()
                    .map(|&l| self.parser.labels[l as usize])
                    .collect()
            } else {
                vec![""; toks.len()]
            };
            let lowers: Vec<String> = toks
                .iter()
                .map(|t| text[t.start..t.end].to_lowercase())
                .collect();
            let ruler_in: Vec<RulerToken> = (0..toks.len())
                .map(|i| RulerToken {
                    tag: tags[base + i],
                    lower: &lowers[i],
                    dep: deps[i],
                    is_space: is_space[s][i],
                })
                .collect();
            let ruled = self.ruler.apply(&ruler_in);
            let mut sent_tags = tags[base..base + toks.len()].to_vec();
            let mut pos = Vec::with_capacity(toks.len());
            let mut morph = Vec::with_capacity(toks.len());
            let mut lemmas = Vec::with_capacity(toks.len());
            for (i, r) in ruled.iter().enumerate() {
                if let Some(t) = r.tag {
                    sent_tags[i] = t;
                }
                if let Some(d) = r.dep {
                    deps[i] = d;
                }
                pos.push(r.pos);
                morph.push(r.morph);
                let word = &text[toks[i].start..toks[i].end];
                lemmas.push(match r.lemma {
                    Some(l) => l.to_string(),
                    None => self.lemmatizer.lemmatize(word, r.pos, r.morph),
                });
            }
            out.push(Analysis {
                tokens: toks,
                tags: sent_tags,
                pos,
                morph,
                lemmas,
                heads: heads.clone(),
                deps,
                entities: Vec::new(),
            });
        }

        if opts.ner {
            let ner_vecs = self.ner.tok2vec.forward(&feats, &lens);
            let cached = self.ner.model.precompute(&ner_vecs);
            let mut states: Vec<NerState> = is_space
                .into_iter()
                .zip(parses)
                .map(|(spaces, (_, _, starts))| NerState::new(spaces, starts))
                .collect();
            self.ner
                .model
                .decode(&self.ner.system, &mut states, &bases, &cached);
            for (a, state) in out.iter_mut().zip(states) {
                a.entities = state.into_entities();
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_every_item_once_sorted_by_length() {
        let lengths = [5, 300, 1, 40, 2000, 0, 64];
        let chunks = plan_chunks(&lengths, 2);
        let mut seen: Vec<usize> = chunks.iter().flatten().copied().collect();
        let flat = seen.clone();
        seen.sort();
        assert_eq!(seen, (0..lengths.len()).collect::<Vec<_>>());
        assert!(flat.windows(2).all(|w| lengths[w[0]] <= lengths[w[1]]));
        assert!(plan_chunks(&[], 2).is_empty());
    }

    #[test]
    fn long_sentences_are_analysed_in_windows_without_losing_tokens() {
        let model = SpacyModel::shared().unwrap();
        let text = "Kenya and Ethiopia agreed on Monday to reopen the Moyale border crossing, officials in Nairobi said.";
        let whole = &model.analyze(&[text], Options::default())[0];
        let windowed = &model.analyze_windowed(&[text], Options::default(), 7)[0];
        assert_eq!(windowed.tokens, whole.tokens);
        assert_eq!(windowed.lemmas.len(), whole.tokens.len());
        for (i, &h) in windowed.heads.iter().enumerate() {
            assert_eq!(i / 7, h / 7, "head of token {i} stays in its window");
        }
        for e in &windowed.entities {
            assert!(e.start < e.end && e.end <= windowed.tokens.len());
            assert_eq!(e.start / 7, (e.end - 1) / 7, "entity stays in its window");
        }
        assert!(
            windowed
                .entities
                .iter()
                .any(|e| e.label == crate::doc::EntityLabel::Gpe)
        );
    }
}
