//! Inline SVG charts for the report: the type-confusion heat map and
//! precision/recall/F1 bars. Plain strings, every label escaped.

use super::html::{attr, text};
use crate::eval::{Confusion, Prf, Table};
use std::fmt::Write;

/// Rough width of `s` in pixels at the charts' 12px font.
fn width_of(s: &str) -> usize {
    s.chars().count() * 7 + 8
}

/// The confusion matrix as a heat map: rows gold, columns predicted, the
/// count in each cell; correct (diagonal) cells blue, confusions red, the
/// shade by the square root of the count over the largest.
pub fn heat_map(c: &Confusion) -> String {
    let n = c.labels.len();
    let cell = 36usize;
    let left = c.labels.iter().map(|l| width_of(l)).max().unwrap_or(40) + 24;
    let top = c.labels.iter().map(|l| width_of(l)).max().unwrap_or(40) + 24;
    let (w, h) = (left + n * cell + 8, top + n * cell + 8);
    let max = c.matrix.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
    let none = c.labels.len().saturating_sub(1);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg class=\"heat-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"type confusion heat map\">"
    );
    let _ = writeln!(
        s,
        "<text class=\"axis\" x=\"{}\" y=\"12\" text-anchor=\"middle\">predicted</text>",
        left + n * cell / 2
    );
    let _ = writeln!(
        s,
        "<text class=\"axis\" x=\"12\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {})\">gold</text>",
        top + n * cell / 2,
        top + n * cell / 2
    );
    for (j, l) in c.labels.iter().enumerate() {
        let x = left + j * cell + cell / 2 + 4;
        let y = top - 6;
        let _ = writeln!(
            s,
            "<text class=\"col-label\" x=\"{x}\" y=\"{y}\" transform=\"rotate(-60 {x} {y})\">{}</text>",
            text(l)
        );
    }
    for (i, (row, g)) in c.matrix.iter().zip(&c.labels).enumerate() {
        let y = top + i * cell;
        let _ = writeln!(
            s,
            "<text class=\"row-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            left - 6,
            y + cell / 2 + 4,
            text(g)
        );
        for (j, (&count, p)) in row.iter().zip(&c.labels).enumerate() {
            let x = left + j * cell;
            let a = (count as f64 / max).sqrt();
            let correct = i == j && i != none;
            let fill = if count == 0 {
                "#f4f4f6".to_string()
            } else if correct {
                format!("rgba(31,95,191,{:.3})", 0.15 + 0.85 * a)
            } else {
                format!("rgba(198,40,40,{:.3})", 0.15 + 0.85 * a)
            };
            let _ = write!(
                s,
                "<rect class=\"hm-cell{}\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" \
                 data-gold=\"{}\" data-pred=\"{}\" data-n=\"{count}\"><title>gold {}, predicted {}: {count}</title></rect>",
                if correct { " diag" } else { "" },
                cell - 2,
                cell - 2,
                attr(g),
                attr(p),
                text(g),
                text(p),
            );
            if count > 0 {
                let colour = if a > 0.5 { "#fff" } else { "#1d1d1f" };
                let _ = write!(
                    s,
                    "<text class=\"hm-n\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{colour}\">{count}</text>",
                    x + (cell - 2) / 2,
                    y + cell / 2 + 3
                );
            }
            s.push('\n');
        }
    }
    s.push_str("</svg>\n");
    s
}

/// Horizontal P, R and F1 bars per label of `t`, and for the micro average.
pub fn prf_bars(t: &Table) -> String {
    let rows: Vec<(&str, &Prf)> = t
        .labels
        .iter()
        .map(|(l, p)| (l.as_str(), p))
        .chain([("micro", &t.micro)])
        .collect();
    let left = rows.iter().map(|(l, _)| width_of(l)).max().unwrap_or(40) + 8;
    let (bar, step, row_h) = (260usize, 8usize, 30usize);
    let w = left + bar + 60;
    let h = 24 + rows.len() * row_h;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg class=\"prf-bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"precision, recall and F1 per label\">"
    );
    for (k, (name, class)) in [("P", "bar-p"), ("R", "bar-r"), ("F1", "bar-f1")]
        .iter()
        .enumerate()
    {
        let x = left + k * 70;
        let _ = writeln!(
            s,
            "<rect class=\"{class}\" x=\"{x}\" y=\"4\" width=\"10\" height=\"10\"/>\
             <text x=\"{}\" y=\"13\">{name}</text>",
            x + 14
        );
    }
    let _ = writeln!(
        s,
        "<line class=\"grid\" x1=\"{}\" y1=\"20\" x2=\"{}\" y2=\"{h}\"/>",
        left + bar,
        left + bar
    );
    for (i, (label, p)) in rows.iter().enumerate() {
        let y = 24 + i * row_h;
        let _ = writeln!(
            s,
            "<text class=\"row-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            left - 6,
            y + 14,
            text(label)
        );
        for (k, (v, class)) in [
            (p.precision, "bar-p"),
            (p.recall, "bar-r"),
            (p.f1, "bar-f1"),
        ]
        .into_iter()
        .enumerate()
        {
            let by = y + k * step;
            let len = (v.clamp(0.0, 1.0) * bar as f64).round();
            let _ = writeln!(
                s,
                "<rect class=\"bar {class}\" data-label=\"{}\" x=\"{left}\" y=\"{by}\" width=\"{len}\" height=\"{}\">\
                 <title>{} {}: {v:.3}</title></rect>",
                attr(label),
                step - 1,
                text(label),
                ["P", "R", "F1"][k],
            );
        }
        let _ = writeln!(
            s,
            "<text class=\"value\" x=\"{}\" y=\"{}\">{:.3}</text>",
            left + bar + 6,
            y + 14,
            p.f1
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_map_has_one_cell_per_pair() {
        let c = Confusion {
            labels: vec!["A<".into(), "B".into(), "none".into()],
            matrix: vec![vec![3, 1, 0], vec![0, 2, 1], vec![1, 0, 0]],
        };
        let s = heat_map(&c);
        assert_eq!(s.matches("<rect class=\"hm-cell").count(), 9);
        assert!(s.contains("A&lt;") && !s.contains("A<"));
        assert_eq!(s.matches("class=\"hm-cell diag\"").count(), 2);
    }
}
