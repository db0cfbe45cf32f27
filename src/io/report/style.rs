//! The HTML report's stylesheet: readable on screen, A4 when printed.

use std::fmt::Write;

use super::svg::palette;
use crate::model::Quadrant;

const BASE: &str = r#"
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #dde2e8; --paper: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
html { background: #eef1f4; }
body { margin: 0; color: var(--ink); font: 15px/1.55 "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
main { max-width: 1080px; margin: 24px auto; padding: 40px 48px; background: var(--paper); box-shadow: 0 1px 4px rgba(0,0,0,.08); }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 12px; }
h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 24px 0 8px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0 0 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 8px 32px; margin: 0; }
.meta div { min-width: 120px; }
.meta dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.meta dd { margin: 0; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); border-top: 4px solid var(--muted); }
.card .big { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
.card .label { font-size: 13px; color: var(--muted); }
.card.critical { border-top-color: #c92a2a; }
.lead { margin: 12px 0 0; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0 12px; }
.matrix-wrap { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-start; }
svg.matrix { max-width: 100%; height: auto; flex: 0 1 640px; font-family: inherit; }
svg.matrix .grid { stroke: #ffffff; stroke-width: 1.5; }
svg.matrix .frame { stroke: #aab4bf; stroke-width: 1; }
svg.matrix .tick { font-size: 13px; fill: var(--muted); }
svg.matrix .axis-title { font-size: 15px; font-weight: 600; fill: var(--ink); }
svg.matrix .quadrant-name { font-size: 15px; font-weight: 700; stroke-width: 5px; paint-order: stroke; stroke-linejoin: round; }
svg.matrix .crosshair line { stroke: #343a40; stroke-width: 1.5; stroke-dasharray: 6 4; }
svg.matrix .crosshair-label { font-size: 13px; fill: #343a40; }
svg.matrix .bubble text { font-size: 13px; font-weight: 700; fill: #ffffff; }
.legend { flex: 1 1 260px; font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.is-critical td { background: #fff5f5; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.flag { display: inline-block; padding: 1px 6px; border-radius: 4px; font-size: 12px; font-weight: 600; }
.flag.critical { background: #c92a2a; color: #fff; }
.flag.discuss { background: #fff3bf; color: #7a5b00; }
.flag.near { background: #ffe3e3; color: #a61e1e; }
.dot { display: inline-block; width: 22px; height: 22px; line-height: 22px; border-radius: 50%; color: #fff; font-weight: 700; font-size: 12px; text-align: center; }
.stage-tps { display: grid; gap: 10px; }
.tp { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.tp h4 { margin: 0 0 4px; font-size: 15px; }
.tp p { margin: 4px 0; }
.tp .facts { color: var(--muted); font-size: 13px; }
.tp table { font-size: 13px; width: auto; min-width: 340px; }
.muted { color: var(--muted); }
.method p { margin: 6px 0; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
/* A phone (the report opened from an email): the page as wide as the screen; a wide table
   scrolls within itself; the matrix keeps a size its numbers can be read at and scrolls
   sideways within its frame, with its list below it; so does the funnel chart. */
@media screen and (max-width: 640px) {
  main { margin: 0; padding: 16px 12px; box-shadow: none; }
  h1 { font-size: 23px; }
  h2 { font-size: 18px; }
  table { display: block; max-width: 100%; overflow-x: auto; }
  td { overflow-wrap: anywhere; }
  .tp table { min-width: 0; }
  .matrix-wrap { display: block; overflow-x: auto; }
  svg.matrix { display: block; width: 560px; max-width: none; }
  .funnel-wrap { overflow-x: auto; }
  svg.funnel { display: block; }
  .legend { margin-top: 12px; }
  .meta div { min-width: 0; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  html { background: none; }
  body { font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; }
  tr, .card, .tp, svg.matrix { break-inside: avoid; page-break-inside: avoid; }
  /* The matrix's heading and note stay with the matrix. */
  .matrix-section > .note { break-after: avoid; page-break-after: avoid; }
  /* The matrix beside its legend, the two kept together on one page, small enough to follow
     the summary on page 1. */
  .matrix-section { break-inside: avoid; page-break-inside: avoid; }
  .matrix-wrap { display: flex; flex-wrap: nowrap; gap: 10px; align-items: flex-start; }
  svg.matrix { display: block; flex: 0 0 58%; width: 58%; max-width: none; margin: 0; }
  .legend { flex: 1 1 0; font-size: 7.5pt; margin: 0; }
  .legend th, .legend td { padding: 1px 4px; }
  .legend .dot { width: 15px; height: 15px; line-height: 15px; font-size: 7pt; }
  /* The closing line never stands alone on the last page. */
  footer { break-before: avoid; page-break-before: avoid; }
  /* The summary cards in one row on A4, however many there are. */
  .cards { grid-template-columns: none; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 6px; }
  .card { padding: 6px 8px; border-top-width: 3px; }
  .card .big { font-size: 16pt; }
  .card .big small { font-size: 10pt; }
  .card .label { font-size: 8.5pt; line-height: 1.25; display: block; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The printed page's margins: the audit's title at the foot of each page on the left, the
/// page number and count on the right (CSS paged media), spaced so that a PDF's text reads
/// "3 / 9" and not "3/9".
pub fn page_margins(title: &str) -> String {
    format!(
        "@page {{ @bottom-left {{ content: {}; font: 8pt Arial, \"Liberation Sans\", sans-serif; color: #5f6b7a; }} @bottom-right {{ content: counter(page) \" / \" counter(pages); word-spacing: 2pt; font: 8pt Arial, \"Liberation Sans\", sans-serif; color: #5f6b7a; }} }}\n",
        css_string(title)
    )
}

/// A CSS string literal of any text, safe inside a `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            c if c.is_control() => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The full stylesheet, with quadrant colours from the matrix palette.
pub fn css() -> String {
    let mut out = BASE.to_string();
    for q in Quadrant::ALL {
        let p = palette(q);
        let _ = writeln!(
            out,
            ".badge.q-{k} {{ background: {tint}; color: {ink}; }}\n.dot.q-{k} {{ background: {solid}; }}\n.card.q-{k} {{ border-top-color: {solid}; }}",
            k = q.key(),
            tint = p.tint,
            ink = p.ink,
            solid = p.solid
        );
    }
    out
}
