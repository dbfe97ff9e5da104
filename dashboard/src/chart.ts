import { formatDay, formatPer100k } from './format';

export interface TrendPoint {
  date: string;
  value: number | null;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 48 };

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A line chart drawn as inline SVG: no library, readable without colour, each point titled. */
export function drawTrend(container: HTMLElement, points: TrendPoint[], label: string): void {
  container.replaceChildren();
  const svg = element('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': 'trend-title trend-desc', class: 'trend' });
  svg.append(element('title', { id: 'trend-title' }, label));
  const values = points.map((p) => p.value ?? 0);
  const step = niceStep(Math.max(...values, 0.1) / 4);
  const max = step * Math.ceil(Math.max(...values, 0.1) / step);
  const x = (i: number) => MARGIN.left + (points.length > 1 ? (i * (WIDTH - MARGIN.left - MARGIN.right)) / (points.length - 1) : 0);
  const y = (v: number) => HEIGHT - MARGIN.bottom - (v / max) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const first = points[0];
  const last = points[points.length - 1];
  svg.append(element('desc', { id: 'trend-desc' }, first && last
    ? `De ${formatPer100k(first.value)} au ${formatDay(first.date)} à ${formatPer100k(last.value)} au ${formatDay(last.date)} EPN labellisés pour 100 000 habitants.`
    : 'Aucune donnée.'));

  for (let value = 0; value <= max + step / 2; value += step) {
    svg.append(element('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(value), y2: y(value), class: 'grid' }));
    svg.append(element('text', { x: MARGIN.left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'axis' }, formatPer100k(value)));
  }
  points.forEach((point, i) => {
    if (points.length > 12 && i % 2 === 1 && i !== points.length - 1) return;
    // The last day of a series often falls in the year of the point before: one label for both.
    if (i === points.length - 2 && points[i + 1].date.slice(0, 4) === point.date.slice(0, 4)) return;
    const label = point.date.endsWith('-01-01') ? point.date.slice(0, 4) : `${point.date.slice(8, 10)}/${point.date.slice(5, 7)}/${point.date.slice(0, 4)}`;
    svg.append(element('text', { x: x(i), y: HEIGHT - MARGIN.bottom + 18, 'text-anchor': i === points.length - 1 && i > 0 ? 'end' : 'middle', class: 'axis' }, label));
  });
  svg.append(element('polyline', { points: points.map((p, i) => `${x(i)},${y(p.value ?? 0)}`).join(' '), class: 'line' }));
  points.forEach((point, i) => {
    const dot = element('circle', { cx: x(i), cy: y(point.value ?? 0), r: 4, class: 'dot' });
    dot.append(element('title', {}, `${formatDay(point.date)} : ${formatPer100k(point.value)} pour 100 000 habitants`));
    svg.append(dot);
  });
  container.append(svg);
}

/** 1, 2, 2.5 or 5 times a power of ten: gridlines at round values. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}
