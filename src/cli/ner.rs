//! `attache ner`: entities (and optionally tokens) of texts given on the
//! command line, for a quick look at what the NER stage sees: the entity
//! layer `extract` writes (recognizer, gazetteer, tagger), or with `--raw`
//! the recognizer's own output.

use anyhow::{Context, Result};
use attache::compose::{self, EntitiesChoice};
use attache::doc::Doc;
use attache::ner::NerChoice;
use attache::write::DocRecord;
use std::io::{Read, Write};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Texts to analyse, each as one document; - reads one from stdin.
    #[arg(required_unless_present = "lines", value_name = "TEXT")]
    texts: Vec<String>,
    /// Also analyse every line of FILE as a document of its own.
    #[arg(long, value_name = "FILE")]
    lines: Option<std::path::PathBuf>,
    /// Print each document as a JSON line (sentences, tokens, entities with
    /// code-point offsets) instead of a table.
    #[arg(long)]
    json: bool,
    /// Also list the tokens: tag, POS, lemma, head and dependency label.
    #[arg(long)]
    tokens: bool,
    /// Show the embedded spaCy model's raw entities (what `spacy` itself
    /// would give), before the gazetteer and the tagger correct them.
    #[arg(long, conflicts_with = "entities")]
    raw: bool,
    /// Entity layer, as `extract --entities` takes it.
    #[arg(long, default_value = "model", value_name = "model|gazetteer|DIR")]
    entities: EntitiesChoice,
}

pub fn run(args: Args) -> Result<()> {
    let ner = NerChoice::Sm;
    let pipeline = if args.raw {
        compose::raw_recognition()?
    } else {
        compose::recognition_with(&args.entities)?
    };
    let mut docs = Vec::with_capacity(args.texts.len());
    for (i, t) in args.texts.iter().enumerate() {
        let text = if t == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read stdin")?;
            s
        } else {
            t.clone()
        };
        docs.push(Doc::new(format!("text{}", i + 1), text));
    }
    if let Some(path) = &args.lines {
        let all = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for (i, line) in all.lines().enumerate() {
            docs.push(Doc::new(format!("line{}", i + 1), line));
        }
    }
    pipeline.process_batch(&mut docs);
    let mut out = std::io::stdout().lock();
    for doc in &docs {
        if let Some(why) = &doc.failure {
            eprintln!("attache: {}: {why}", doc.id);
            continue;
        }
        if args.json {
            serde_json::to_writer(&mut out, &DocRecord::new(doc, &ner.model_name()))?;
            writeln!(out)?;
            continue;
        }
        if docs.len() > 1 {
            writeln!(out, "# {}", doc.id)?;
        }
        let ix = doc.char_index();
        for e in &doc.entities {
            let (start, end) = ix.chars(e.span);
            writeln!(
                out,
                "{start}\t{end}\t{}\t{:.3}\t{}",
                e.label,
                e.score,
                doc.slice(e.span)
            )?;
        }
        if args.tokens {
            for (i, t) in doc.tokens.iter().enumerate() {
                writeln!(
                    out,
                    "{i}\t{}\t{}\t{}\t{}\t{}\t{}",
                    doc.slice(t.span).escape_debug(),
                    t.tag,
                    t.pos,
                    t.lemma,
                    t.head,
                    t.dep
                )?;
            }
        }
    }
    Ok(())
}
