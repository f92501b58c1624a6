import type { Locale } from '../core';
import { escape } from './escape';

/**
 * Static inline SVG charts, made here rather than by a charting library:
 * three simple shapes, no browser and no script needed, so they work in the
 * export and under the preview's content security policy. Colours are
 * attributes (for the export) that the preview's theme CSS overrides.
 */

/** Where a datum comes from in the source, for click-to-source. */
export interface Origin {
  readonly line: number;
  readonly path: string;
}

export interface Datum {
  readonly label: string;
  readonly value: number;
  /** The value as the document writes it, with its unit. */
  readonly display: string;
  readonly origin?: Origin;
}

export interface Pair {
  readonly label: string;
  readonly current: Datum;
  readonly previous?: Datum;
}

export const PALETTE = ['#2f6fb0', '#e08a2c', '#4c9a5b', '#a05195', '#6b7c93'] as const;
export const PREVIOUS = '#9db7d5';
const FONT = 13;

function originAttrs(origin: Origin | undefined): string {
  return origin ? ` data-line="${origin.line}" data-path="${escape(origin.path)}"` : '';
}

/** Width of a label in px: CJK and full-width forms take a full em, the rest about half. */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.58;
  return em * size;
}

function clip(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…') > width) break;
    out += ch;
  }
  return out + '…';
}

function frame(id: string, title: string, description: string, width: number, height: number, body: string): string {
  return `<svg class="bd-chart" id="${escape(id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${escape(id)}-title ${escape(id)}-desc">`
    + `<title id="${escape(id)}-title">${escape(title)}</title><desc id="${escape(id)}-desc">${escape(description)}</desc>`
    + `<text class="bd-chart-title" x="0" y="16" font-size="14" font-weight="bold" fill="currentColor">${escape(title)}</text>${body}</svg>`;
}

const fmt = (n: number) => Number(n.toFixed(2)).toString();

/** Each part's legend: `基本支出 17989（36.0%）`; in English with half-width brackets. */
export function donutLegends(parts: readonly Datum[], locale: Locale): string[] {
  const total = parts.reduce((s, p) => s + Math.max(0, p.value), 0);
  return parts.map((p) => {
    const percent = `${((total > 0 ? Math.max(0, p.value) / total : 0) * 100).toFixed(1)}%`;
    return `${p.label} ${p.display}${locale === 'zh-CN' ? `（${percent}）` : ` (${percent})`}`;
  });
}

/** Shares of a whole as a donut, with a legend giving each part's figure and percentage. */
export function donutChart(id: string, title: string, parts: readonly Datum[], locale: Locale = 'zh-CN'): string {
  const total = parts.reduce((s, p) => s + Math.max(0, p.value), 0);
  const legends = donutLegends(parts, locale);
  const cx = 90, cy = 120, r = 70, inner = 42;
  const legendX = 190;
  const legendWidth = Math.max(...parts.map((p) => textWidth(`${p.label} ${p.display} 100.0%`)), 120);
  const width = Math.ceil(legendX + legendWidth + 20);
  const height = Math.max(220, 60 + parts.length * 26);
  let angle = -Math.PI / 2;
  const slices: string[] = [];
  const legend: string[] = [];
  parts.forEach((p, i) => {
    const share = total > 0 ? Math.max(0, p.value) / total : 0;
    const colour = PALETTE[i % PALETTE.length]!;
    const label = legends[i]!;
    let shape: string;
    if (share >= 0.9999) {
      shape = `<circle cx="${cx}" cy="${cy}" r="${(r + inner) / 2}" fill="none" stroke="${colour}" stroke-width="${r - inner}"/>`;
    } else {
      const end = angle + share * 2 * Math.PI;
      const large = share > 0.5 ? 1 : 0;
      const [x1, y1, x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle), cx + r * Math.cos(end), cy + r * Math.sin(end)];
      const [x3, y3, x4, y4] = [cx + inner * Math.cos(end), cy + inner * Math.sin(end), cx + inner * Math.cos(angle), cy + inner * Math.sin(angle)];
      shape = share <= 0 ? '' : `<path d="M${fmt(x1)} ${fmt(y1)}A${r} ${r} 0 ${large} 1 ${fmt(x2)} ${fmt(y2)}L${fmt(x3)} ${fmt(y3)}A${inner} ${inner} 0 ${large} 0 ${fmt(x4)} ${fmt(y4)}Z" fill="${colour}"/>`;
      angle = end;
    }
    slices.push(`<g class="bd-chart-part bd-chart-s${i + 1}"${originAttrs(p.origin)}><title>${escape(label)}</title>${shape}</g>`);
    const y = 60 + i * 26;
    legend.push(`<g class="bd-chart-part bd-chart-s${i + 1}"${originAttrs(p.origin)}><rect x="${legendX}" y="${y - 11}" width="12" height="12" fill="${colour}"/>`
      + `<text x="${legendX + 18}" y="${y}" font-size="${FONT}" fill="currentColor">${escape(label)}</text></g>`);
  });
  const description = parts.map((p) => `${p.label} ${p.display}`).join('；');
  return frame(id, title, description, width, height, slices.join('') + legend.join(''));
}

/** This year against last year, one pair of vertical bars per row. */
export function groupedBarChart(id: string, title: string, seriesNames: readonly [string, string], pairs: readonly Pair[]): string {
  const max = Math.max(1, ...pairs.flatMap((p) => [p.current.value, p.previous?.value ?? 0]));
  // A group is as wide as its label, up to a bound: a long label is clipped rather than the chart shrunk to fit it.
  const groupWidth = Math.min(200, Math.max(110, ...pairs.map((p) => textWidth(p.label) + 16)));
  const left = 10, top = 56, plot = 160, bar = 30;
  const width = Math.ceil(left * 2 + groupWidth * pairs.length);
  const height = top + plot + 48;
  const baseline = top + plot;
  const out: string[] = [];
  seriesNames.forEach((name, i) => {
    const x = left + i * (textWidth(seriesNames[0]) + 40);
    out.push(`<g class="bd-chart-s${i === 0 ? 1 : 'prev'}"><rect x="${x}" y="28" width="12" height="12" fill="${i === 0 ? PALETTE[0] : PREVIOUS}"/></g><text x="${x + 18}" y="39" font-size="${FONT}" fill="currentColor">${escape(name)}</text>`);
  });
  out.push(`<line x1="${left}" y1="${baseline}" x2="${width - left}" y2="${baseline}" stroke="currentColor" stroke-opacity="0.4"/>`);
  pairs.forEach((p, i) => {
    const gx = left + i * groupWidth + groupWidth / 2;
    const bars: [Datum | undefined, string, string][] = [[p.previous, PREVIOUS, 'prev'], [p.current, PALETTE[0], '1']];
    bars.forEach(([d, colour, cls], j) => {
      if (!d) return;
      const h = (Math.max(0, d.value) / max) * plot;
      const x = gx - bar - 2 + j * (bar + 4);
      out.push(`<g class="bd-chart-part bd-chart-s${cls}"${originAttrs(d.origin)}><title>${escape(`${p.label} ${j === 0 ? seriesNames[1] : seriesNames[0]} ${d.display}`)}</title>`
        + `<rect x="${fmt(x)}" y="${fmt(baseline - h)}" width="${bar}" height="${fmt(h)}" fill="${colour}"/>`
        + `<text x="${fmt(x + bar / 2)}" y="${fmt(baseline - h - 4)}" font-size="11" text-anchor="middle" fill="currentColor">${escape(d.display)}</text></g>`);
    });
    out.push(`<text x="${fmt(gx)}" y="${baseline + 20}" font-size="${FONT}" text-anchor="middle" fill="currentColor">${escape(clip(p.label, groupWidth - 8))}</text>`);
  });
  const description = pairs.map((p) => `${p.label}：${seriesNames[0]} ${p.current.display}${p.previous ? `，${seriesNames[1]} ${p.previous.display}` : ''}`).join('；');
  return frame(id, title, description, width, height, out.join(''));
}

/** The largest items as horizontal bars, longest first. */
export function horizontalBarChart(id: string, title: string, items: readonly Datum[]): string {
  const max = Math.max(1, ...items.map((d) => d.value));
  const labelWidth = Math.min(200, Math.max(...items.map((d) => textWidth(d.label)), 60));
  const valueWidth = Math.max(60, ...items.map((d) => textWidth(d.display, 11) + 8));
  const plot = 360, row = 26, top = 32;
  const width = Math.ceil(labelWidth + 12 + plot + valueWidth);
  const height = top + items.length * row + 8;
  const out = items.map((d, i) => {
    const y = top + i * row;
    const w = (Math.max(0, d.value) / max) * plot;
    const x = labelWidth + 12;
    return `<g class="bd-chart-part bd-chart-s1"${originAttrs(d.origin)}><title>${escape(`${d.label} ${d.display}`)}</title>`
      + `<text x="${labelWidth}" y="${y + 17}" font-size="${FONT}" text-anchor="end" fill="currentColor">${escape(clip(d.label, labelWidth))}</text>`
      + `<rect x="${x}" y="${y + 4}" width="${fmt(w)}" height="${row - 8}" fill="${PALETTE[0]}"/>`
      + `<text x="${fmt(x + w + 6)}" y="${y + 17}" font-size="11" fill="currentColor">${escape(d.display)}</text></g>`;
  });
  return frame(id, title, items.map((d) => `${d.label} ${d.display}`).join('；'), width, height, out.join(''));
}
