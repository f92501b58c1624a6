/**
 * The disclosure's stylesheet, inlined into both faces. Colours are custom
 * properties: the export keeps these print-friendly defaults, the preview's
 * media/preview.css maps them to VS Code's theme variables.
 */
export const DOCUMENT_CSS = `
:root {
  --bd-fg: #1b1b1b; --bd-bg: #ffffff; --bd-muted: #5a5a5a; --bd-border: #8c8c8c;
  --bd-head-bg: #eef2f7; --bd-top-bg: #f7f7f2; --bd-accent: #2f6fb0;
  --bd-error: #c62828; --bd-warning: #b26a00; --bd-info: #1565c0;
  --bd-font: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", SimSun, sans-serif;
  --bd-font-size: 15px;
}
html { background: var(--bd-bg); color: var(--bd-fg); }
body { margin: 0; font-family: var(--bd-font); font-size: var(--bd-font-size); line-height: 1.75; background: var(--bd-bg); color: var(--bd-fg); }
.bd-doc { max-width: 980px; margin: 0 auto; padding: 32px 28px 64px; }
.bd-doc h1 { text-align: center; font-size: 1.6em; line-height: 1.5; margin: 0.6em 0 1.2em; }
.bd-doc h1 span { display: block; }
.bd-doc h2 { font-size: 1.2em; margin: 1.8em 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid var(--bd-border); }
.bd-doc h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
.bd-doc p { margin: 0.5em 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
.bd-doc p.bd-lead { text-indent: 0; font-weight: bold; }
.bd-doc ol.bd-plain { list-style: none; padding-left: 2em; margin: 0.4em 0; }
.bd-table-block { margin: 1em 0 1.4em; }
.bd-table-title { text-align: center; font-weight: bold; margin: 0.4em 0 0.2em; }
.bd-unit { text-align: right; color: var(--bd-muted); font-size: 0.9em; }
table.bd-table { width: 100%; border-collapse: collapse; font-size: 0.92em; line-height: 1.5; }
.bd-table th, .bd-table td { border: 1px solid var(--bd-border); padding: 4px 6px; vertical-align: top; overflow-wrap: anywhere; }
.bd-table thead th { background: var(--bd-head-bg); font-weight: bold; text-align: center; vertical-align: middle; }
.bd-table td.bd-num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.bd-table td.bd-center { text-align: center; }
/* A threshold (≥90%) or a code (B021502) is one token: never broken inside. */
.bd-table td.bd-token { white-space: nowrap; overflow-wrap: normal; }
/* Narrower than a table can be read, the table scrolls in its box rather than squeezing its text a character a line. */
.bd-table-scroll { overflow-x: auto; }
.bd-table-scroll > table.bd-table { min-width: 36em; }
.bd-table-scroll > table.bd-perf { min-width: 52em; }
.bd-table tr.bd-total td { font-weight: bold; }
.bd-table tr.bd-top td { background: var(--bd-top-bg); }
.bd-table tr.bd-top td.bd-name { font-weight: bold; }
.bd-table td.bd-depth-2 { padding-left: 1.5em; }
.bd-table td.bd-depth-3 { padding-left: 2.5em; }
.bd-perf col.bd-col-name { width: 11%; } .bd-perf col.bd-col-budget { width: 7%; }
.bd-perf col.bd-col-content { width: 22%; } .bd-perf col.bd-col-goal { width: 26%; }
.bd-perf col.bd-col-indicator { width: 14%; } .bd-perf col.bd-col-grade { width: 5%; }
.bd-figure { margin: 1em 0; text-align: center; }
.bd-figure { overflow-x: auto; }
.bd-chart { max-width: 100%; min-width: 28em; height: auto; overflow: visible; }
.bd-chart text { font-family: var(--bd-font); }
.bd-unavailable { color: var(--bd-muted); font-style: italic; }
.bd-finding { outline: 2px solid var(--bd-error); outline-offset: -2px; cursor: help; }
.bd-finding-warning { outline-color: var(--bd-warning); }
.bd-finding-info { outline-color: var(--bd-info); outline-style: dashed; }
.bd-findings { border: 1px solid var(--bd-border); border-left: 4px solid var(--bd-error); padding: 0.4em 0.8em; margin: 0 0 1.5em; font-size: 0.9em; }
.bd-findings summary { cursor: pointer; font-weight: bold; }
.bd-findings ul { margin: 0.4em 0; padding-left: 1.2em; }
.bd-findings li { cursor: pointer; }
.bd-findings .bd-sev-error { color: var(--bd-error); } .bd-findings .bd-sev-warning { color: var(--bd-warning); } .bd-findings .bd-sev-info { color: var(--bd-info); }
.bd-findings code { color: var(--bd-muted); }
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
@media print {
  body { font-size: 10.5pt; background: #fff; color: #000; }
  .bd-doc { max-width: none; padding: 0; }
  .bd-large { break-before: page; page-break-before: always; }
  .bd-table thead { display: table-header-group; }
  .bd-table tr { break-inside: avoid; page-break-inside: avoid; }
  .bd-doc h2, .bd-doc h3, .bd-table-title { break-after: avoid; page-break-after: avoid; }
  .bd-figure { break-inside: avoid; page-break-inside: avoid; overflow: visible; }
  .bd-table-scroll { overflow: visible; }
  .bd-table-scroll > table.bd-table, .bd-chart { min-width: 0; }
  .bd-findings { display: none; }
}
`;
