//! The scorer's report as a page (`attache eval --html`): the text report's
//! tables, figures formatted the same way, with the type confusion as a
//! heat map and per-label P/R/F1 bars in inline SVG. No script.

use super::charts::{heat_map, prf_bars};
use super::html::{self, text};
use crate::eval::{MacroPrf, Prf, Report, Table};
use std::fmt::Write;

const CSS: &str = include_str!("assets/report.css");

fn ci(ci: Option<[f64; 2]>) -> String {
    ci.map(|[lo, hi]| format!("{lo:.3}–{hi:.3}"))
        .unwrap_or_default()
}

fn head(out: &mut String, first: &str, with_ci: bool) {
    out.push_str("<thead><tr>");
    let _ = write!(out, "<th>{}</th>", text(first));
    for h in ["gold", "pred", "tp", "P", "R", "F1"] {
        let _ = write!(out, "<th class=\"num\">{h}</th>");
    }
    if with_ci {
        out.push_str("<th>F1 95% CI</th>");
    }
    out.push_str("</tr></thead>\n");
}

fn prf_row(out: &mut String, class: &str, name: &str, p: &Prf, with_ci: bool) {
    let _ = write!(
        out,
        "<tr class=\"{class}\"><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{:.3}</td><td class=\"num\">{:.3}</td>\
         <td class=\"num\">{:.3}</td>",
        text(name),
        p.gold,
        p.pred,
        p.tp,
        p.precision,
        p.recall,
        p.f1
    );
    if with_ci {
        let _ = write!(out, "<td>{}</td>", ci(p.f1_ci));
    }
    out.push_str("</tr>\n");
}

fn macro_row(out: &mut String, m: &MacroPrf, with_ci: bool) {
    let _ = write!(
        out,
        "<tr class=\"macro\"><th>macro ({} labels)</th><td></td><td></td><td></td>\
         <td class=\"num\">{:.3}</td><td class=\"num\">{:.3}</td><td class=\"num\">{:.3}</td>",
        m.labels, m.precision, m.recall, m.f1
    );
    if with_ci {
        let _ = write!(out, "<td>{}</td>", ci(m.f1_ci));
    }
    out.push_str("</tr>\n");
}

fn table(out: &mut String, id: &str, title: &str, first: &str, t: &Table, bars: bool) {
    let with_ci = t.micro.f1_ci.is_some();
    let _ = write!(
        out,
        "<section id=\"{id}\">\n<h2>{}</h2>\n<div class=\"pair\">\n<table class=\"prf\">\n",
        text(title)
    );
    head(out, first, with_ci);
    out.push_str("<tbody>\n");
    for (label, p) in &t.labels {
        prf_row(out, "label", label, p, with_ci);
    }
    prf_row(out, "micro", "micro", &t.micro, with_ci);
    macro_row(out, &t.macro_avg, with_ci);
    out.push_str("</tbody>\n</table>\n");
    if bars {
        out.push_str(&prf_bars(t));
    }
    out.push_str("</div>\n</section>\n");
}

fn confusion(out: &mut String, r: &Report) {
    out.push_str(
        "<section id=\"confusion\">\n<h2>Type confusion (rows: gold, columns: predicted)</h2>\n",
    );
    out.push_str(
        "<p class=\"muted\">Blue: the right type; red: a confusion, a missed gold event \
         (column none) or a false alarm (row none). Darker is more.</p>\n",
    );
    out.push_str(&heat_map(&r.confusion));
    out.push_str("</section>\n");
}

/// The page for `r`.
pub fn report_page(r: &Report) -> String {
    let mut b = String::new();
    b.push_str("<main>\n<h1>attache eval</h1>\n");
    let _ = writeln!(
        b,
        "<p class=\"summary\">{} documents, {} gold events, {} predicted events</p>",
        r.documents, r.gold_events, r.pred_events
    );
    table(
        &mut b,
        "events",
        "Event detection: (document, gold sentence, type), one-to-one",
        "type",
        &r.events,
        true,
    );
    table(
        &mut b,
        "arguments",
        "Arguments: (document, type, role, actor), actor by country else name",
        "type",
        &r.arguments,
        true,
    );
    table(
        &mut b,
        "roles",
        "Arguments by role",
        "role",
        &r.argument_roles,
        false,
    );
    confusion(&mut b, r);
    if let Some(e) = &r.entities {
        let _ = writeln!(
            b,
            "<h2 class=\"group\">Entities ({} documents; labels scored: {})</h2>",
            e.documents,
            text(&e.labels_scored.join(" "))
        );
        table(
            &mut b,
            "entities-exact",
            "Entities, exact span",
            "label",
            &e.exact,
            true,
        );
        table(
            &mut b,
            "entities-overlap",
            "Entities, overlapping span",
            "label",
            &e.overlap,
            false,
        );
        if !e.ignored.is_empty() {
            let list: Vec<String> = e.ignored.iter().map(|(l, n)| format!("{l} {n}")).collect();
            let _ = writeln!(
                b,
                "<p>not scored (labels gold does not annotate): {}</p>",
                text(&list.join(", "))
            );
        }
    }
    if let Some(s) = &r.sentences {
        let with_ci = s.spans.f1_ci.is_some();
        let _ = writeln!(
            b,
            "<section id=\"sentences\">\n<h2>Sentences ({} documents; whitespace at the ends ignored)</h2>\n<table class=\"prf\">",
            s.documents
        );
        head(&mut b, "", with_ci);
        b.push_str("<tbody>\n");
        prf_row(&mut b, "label", "spans", &s.spans, with_ci);
        prf_row(&mut b, "label", "boundaries", &s.boundaries, with_ci);
        b.push_str("</tbody>\n</table>\n</section>\n");
    }
    let p = &r.placements;
    b.push_str("<section id=\"notes\">\n<ul>\n");
    let _ = writeln!(
        b,
        "<li>Predicted events placed in gold sentences by trigger offsets: {}, by sentence offsets: {}, by index only: {}, unplaced: {}</li>",
        p.by_trigger, p.by_sentence_span, p.by_index, p.unplaced
    );
    if let Some(bs) = &r.bootstrap {
        let _ = writeln!(
            b,
            "<li>Intervals: {} bootstrap resamples of documents (seed {}), 2.5th–97.5th percentile of F1</li>",
            bs.samples, bs.seed
        );
    }
    b.push_str(
        "<li>Macro = unweighted mean over the labels present in gold or predictions; 0/0 scores 0.</li>\n",
    );
    for n in &r.notes {
        let _ = writeln!(b, "<li class=\"note\">note: {}</li>", text(n));
    }
    b.push_str("</ul>\n</section>\n</main>\n");
    html::page("attache eval", CSS, &b, None)
}
