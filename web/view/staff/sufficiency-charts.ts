import type { PublishedCount } from '../../../functions/core/sufficiency/suppression.js';
import { countText } from '../../../functions/core/sufficiency/suppression.js';
import { escapeXml } from '../map.js';

// The sufficiency page's charts, drawn on the server as inline SVG from escaped text: no script, no
// inline style (the pages' CSP allows neither). Pure. Every chart has a title for screen readers and
// the page puts the same figures in a table right after it. A published "fewer than 5" is drawn
// hatched at a fixed small width and named as such, never at a length that would read as 1 to 4.

/** One drawn value: its length in the chart's units, the words beside it, and whether it stands for 1 to 4. */
export interface BarValue {
  value: number;
  text: string;
  fewerThanFive: boolean;
}

/** A published count of lists or children, as drawn. */
export function barOfCount(count: PublishedCount): BarValue {
  return {
    value: count.fewerThanFive ? 0 : (count.value ?? 0),
    text: countText(count),
    fewerThanFive: count.fewerThanFive,
  };
}

/** A settings' own figure (places: never rounded), as drawn. */
export function barOfFigure(n: number): BarValue {
  return { value: n, text: n.toLocaleString('en-GB'), fewerThanFive: false };
}

export interface ChartSeries {
  name: string;
  /** A GOV.UK colour (a fill attribute, not a style: the CSP has no 'unsafe-inline'). */
  fill: string;
}

export interface ChartGroup {
  label: string;
  /** One per series, in the series' order. */
  values: readonly BarValue[];
}

export interface ChartInput {
  /** Unique in the page: it names the title and the hatch pattern. */
  id: string;
  title: string;
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
}

const WIDTH = 480;
const PAD = 8;
const LABEL_LINE = 22;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 14;
/** Room kept right of the longest bar for its words ("fewer than 5"). */
const TEXT_ROOM = 110;
/** How wide a "fewer than 5" is drawn: a mark, not a length. */
const MARK = 14;
const FONT = 'font-family="arial, sans-serif"';

/** The hatch a "fewer than 5" is drawn with, over its series' colour. */
function hatch(id: string): string {
  return `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#0b0c0c"/></pattern></defs>`;
}

function legend(id: string, series: readonly ChartSeries[], y: number): { svg: string; height: number } {
  const items = [
    ...series.map((s) => ({ swatch: `fill="${s.fill}"`, name: s.name })),
    { swatch: `fill="url(#${id}-hatch)" stroke="#0b0c0c"`, name: 'Hatched: fewer than 5' },
  ];
  const svg = items
    .map(
      (item, i) =>
        `<rect x="${PAD}" y="${y + i * 22}" width="16" height="16" ${item.swatch}/><text x="${PAD + 24}" y="${y + i * 22 + 13}" ${FONT} font-size="15" fill="#0b0c0c">${escapeXml(item.name)}</text>`,
    )
    .join('');
  return { svg, height: items.length * 22 + 8 };
}

function head(id: string, title: string, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="op-chart__svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title" focusable="false"><title id="${id}-title">${escapeXml(title)}</title>${hatch(id)}`;
}

/** A group's label, over as many lines as it needs to stay inside the chart (at most ~44 characters a line). */
function groupLabel(text: string, y: number): { svg: string; height: number } {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 44) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${y + 16 + i * 20}" ${FONT} font-size="16" font-weight="bold" fill="#0b0c0c">${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, height: LABEL_LINE + (lines.length - 1) * 20 };
}

/** A bar (or its "fewer than 5" mark) from x, with its words after it. */
function bar(id: string, x: number, y: number, length: number, fill: string, v: BarValue): string {
  const width = v.fewerThanFive ? MARK : Math.max(0, length);
  const shape = v.fewerThanFive
    ? `<rect x="${x}" y="${y}" width="${width}" height="${BAR}" fill="url(#${id}-hatch)" stroke="#0b0c0c"/>`
    : width > 0
      ? `<rect x="${x}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${fill}"/>`
      : '';
  const words = `<text x="${(x + width + 6).toFixed(1)}" y="${y + 13}" ${FONT} font-size="15" fill="#0b0c0c">${escapeXml(v.text)}</text>`;
  return shape + words;
}

/** Grouped horizontal bars: one group per label, one bar per series, all on one scale. */
export function groupedBarChart(input: ChartInput): string {
  const top = legend(input.id, input.series, PAD);
  const max = Math.max(1, ...input.groups.flatMap((g) => g.values.map((v) => v.value)));
  const scale = (WIDTH - 2 * PAD - TEXT_ROOM) / max;
  const rows: string[] = [];
  let y = PAD + top.height;
  for (const group of input.groups) {
    const label = groupLabel(group.label, y);
    rows.push(label.svg);
    y += label.height;
    group.values.forEach((v, i) => {
      rows.push(bar(input.id, PAD, y, v.value * scale, input.series[i]?.fill ?? '#505a5f', v));
      y += BAR + GAP;
    });
    y += GROUP_GAP;
  }
  return `${head(input.id, input.title, y + PAD)}${top.svg}${rows.join('')}</svg>`;
}

/**
 * One bar per label, its series stacked along it, on one scale for every bar. A "fewer than 5"
 * part is a hatched mark in its series' colour; the table after the chart gives every figure.
 */
export function stackedBarChart(input: ChartInput): string {
  const top = legend(input.id, input.series, PAD);
  const length = (g: ChartGroup) => g.values.reduce((sum, v) => sum + (v.fewerThanFive ? 0 : v.value), 0);
  const max = Math.max(1, ...input.groups.map(length));
  const marks = Math.max(0, ...input.groups.map((g) => g.values.filter((v) => v.fewerThanFive).length));
  const scale = (WIDTH - 2 * PAD - marks * MARK) / max;
  const rows: string[] = [];
  let y = PAD + top.height;
  for (const group of input.groups) {
    const label = groupLabel(group.label, y);
    rows.push(label.svg);
    y += label.height;
    let x = PAD;
    group.values.forEach((v, i) => {
      const fill = input.series[i]?.fill ?? '#505a5f';
      const width = v.fewerThanFive ? MARK : v.value * scale;
      if (v.fewerThanFive) {
        rows.push(
          `<rect x="${x.toFixed(1)}" y="${y}" width="${MARK}" height="${BAR}" fill="url(#${input.id}-hatch)" stroke="${fill}" stroke-width="2"/>`,
        );
      } else if (width > 0) {
        rows.push(
          `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${fill}" stroke="#ffffff"/>`,
        );
      }
      x += width;
    });
    y += BAR + GROUP_GAP;
  }
  return `${head(input.id, input.title, y + PAD)}${top.svg}${rows.join('')}</svg>`;
}
