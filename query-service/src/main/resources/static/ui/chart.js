// A step chart in inline SVG (no library): how many teams and regions a learning had reached over time.
// The same numbers are also given as a table, for screen readers and for copying.
import { formatDate, h, uid } from './dom.js';
import { t } from './messages/landscape.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** series: [{name, points: [{at: Date, value: number}]}] with points in time order. */
export function stepChart({ title, series, yLabel = t('count') }) {
  const W = 640; const H = 280; const L = 48; const R = 16; const T = 16; const B = 40;
  const all = series.flatMap((x) => x.points);
  if (!all.length) return h('p', { class: 'empty' }, t('nothingToDraw'));
  const t0 = Math.min(...all.map((p) => p.at.getTime()));
  const t1 = Math.max(Date.now(), ...all.map((p) => p.at.getTime()));
  const maxY = Math.max(1, ...all.map((p) => p.value));
  const x = (t) => L + ((t - t0) / Math.max(1, t1 - t0)) * (W - L - R);
  const y = (v) => H - B - (v / maxY) * (H - T - B);
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const ticks = [...new Set([0, Math.round(maxY / 2), maxY])];
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'chart' },
    s('title', { id: titleId }, title),
    s('desc', { id: descId }, series.map((x) => t('byDate', x.name, x.points.length ? x.points[x.points.length - 1].value : 0, formatDate(new Date(t1)))).join('; ')),
    ticks.map((v) => [
      s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }),
      s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, v)]),
    s('text', { x: L, y: H - 12, class: 'tick' }, formatDate(new Date(t0))),
    s('text', { x: W - R, y: H - 12, 'text-anchor': 'end', class: 'tick' }, formatDate(new Date(t1))),
    s('text', { x: 12, y: T + (H - T - B) / 2, class: 'tick', transform: `rotate(-90 12 ${T + (H - T - B) / 2})`, 'text-anchor': 'middle' }, yLabel),
    series.map((serie, i) => {
      let d = '';
      let last = 0;
      for (const p of serie.points) {
        const px = x(p.at.getTime());
        d += d ? ` H${px} V${y(p.value)}` : `M${px} ${y(0)} V${y(p.value)}`;
        last = p.value;
      }
      d += ` H${x(t1)}`;
      return s('path', { d, class: `line line-${i}`, fill: 'none', 'data-final': last });
    }));
  const legend = h('ul', { class: 'legend' }, series.map((serie, i) => h('li', {}, h('span', { class: `swatch line-${i}`, 'aria-hidden': 'true' }), serie.name)));
  const table = h('details', {}, h('summary', {}, t('asTable')),
    h('table', {}, h('caption', {}, title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('date')), series.map((serie) => h('th', { scope: 'col' }, serie.name)))),
      h('tbody', {}, mergedRows(series).map((row) => h('tr', {}, h('th', { scope: 'row' }, formatDate(row.at)), row.values.map((v) => h('td', {}, v)))))));
  return h('figure', { class: 'chart-figure' }, svg, legend, table);
}

function mergedRows(series) {
  const times = [...new Set(series.flatMap((x) => x.points.map((p) => p.at.getTime())))].sort((a, b) => a - b);
  return times.map((t) => ({
    at: new Date(t),
    values: series.map((serie) => {
      const upTo = serie.points.filter((p) => p.at.getTime() <= t);
      return upTo.length ? upTo[upTo.length - 1].value : 0;
    }),
  }));
}
