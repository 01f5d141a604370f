// A run chart in inline SVG (no library): one measure's points in chart order joined by a line, x by date, each
// phase's median over its phase (solid when settled, dashed while provisional), the experiment's start, new phases
// and notes as markers, and the points of a signal drawn as diamonds (a shape, not only a colour). The same data
// follow as words and a table (runchart-table.js), for screen readers and for copying.
import { h, uid } from './dom.js';
import { day, number } from './i18n.js';
import { t } from './messages/measures.js';
import { annotationList, legend, pointsTable, reading } from './runchart-table.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A plain date's day number (days since 1970), free of time zones. */
export const dayNumber = (iso) => { const [y, m, d] = iso.split('-').map(Number); return Date.UTC(y, m - 1, d) / 86_400_000; };

/** The points that some signal with a direction covers (runs and crossings rules cover every point: no mark). */
export function signalPoints(chart) {
  return new Set((chart.signals || []).filter((x) => x.direction && x.direction !== 'NONE').flatMap((x) => x.points || []));
}

/** A step of 1, 2 or 5 times a power of ten that splits the range into about `parts`. */
function niceStep(range, parts) {
  const raw = range / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((step) => step >= raw);
}

/**
 * options: measure {measureId, name, unit, better}, chart (the API's), startedOn, annotations (the experiment's,
 * none on a learning), onCorrect(point, button) (null: read-only), tableOpen (the table was open before a redraw).
 * On a phone the drawing is narrower, so its text stays readable when the SVG is scaled to the screen.
 */
export function runChart({ measure, chart, startedOn = null, annotations = [], onCorrect = null, tableOpen = false }) {
  const points = chart.points || [];
  const figure = h('figure', { class: 'runchart-figure', dataset: { measure: measure.measureId } });
  if (!points.length) return fillFigure(figure, h('p', { class: 'empty' }, t('noPoints')));
  const narrow = window.innerWidth < 560;
  const W = narrow ? 400 : 640; const H = narrow ? 300 : 320;
  const L = narrow ? 44 : 56; const R = 14; const T = 26; const B = 44;
  const phases = chart.phases || [];
  const days = [...points.map((p) => p.observedOn), ...(startedOn ? [startedOn] : []), ...phases.map((p) => p.from)].map(dayNumber);
  let x0 = Math.min(...days); let x1 = Math.max(...days);
  if (x0 === x1) { x0 -= 1; x1 += 1; }
  const pad = (x1 - x0) * 0.03;
  x0 -= pad; x1 += pad;
  const values = [...points.map((p) => Number(p.value)), ...phases.filter((p) => p.median !== null && p.median !== undefined).map((p) => Number(p.median))];
  let y0 = Math.min(...values); let y1 = Math.max(...values);
  if (y0 === y1) { y0 -= 1; y1 += 1; }
  const step = niceStep(y1 - y0, narrow ? 3 : 4);
  y0 = Math.floor(y0 / step) * step; y1 = Math.ceil(y1 / step) * step;
  const x = (iso) => L + ((dayNumber(iso) - x0) / (x1 - x0)) * (W - L - R);
  const y = (v) => H - B - ((Number(v) - y0) / (y1 - y0)) * (H - T - B);
  const ticks = [];
  for (let v = y0; v <= y1 + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  const last = points[points.length - 1].observedOn;
  const first = points[0].observedOn;
  const marked = signalPoints(chart);
  const titleId = uid('runchart-title');
  const descId = uid('runchart-desc');

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    class: `runchart${narrow ? ' narrow' : ''}`, preserveAspectRatio: 'xMidYMid meet' },
  s('title', { id: titleId }, t('chartTitle', `${measure.name} (${measure.unit}, ${t(measure.better)})`)),
  s('desc', { id: descId }, chart.summary || ''),
  ticks.map((v) => [s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }),
    s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, number(v))]),
  s('text', { x: L, y: H - 14, class: 'tick' }, day(first)),
  first !== last ? s('text', { x: W - R, y: H - 14, 'text-anchor': 'end', class: 'tick' }, day(last)) : null,
  // the phases: a boundary at each new one, and its median over its stretch
  phases.map((phase, i) => {
    const next = phases[i + 1];
    const from = i === 0 ? first : phase.from;
    const to = next ? next.from : last;
    const boundary = i > 0 ? [s('line', { x1: x(phase.from), x2: x(phase.from), y1: T - 8, y2: H - B, class: 'phase-boundary' }),
      s('text', { x: x(phase.from) + 4, y: T - 12, class: 'marker-label' }, t('phase', phase.index + 1))] : null;
    if (phase.median === null || phase.median === undefined) return boundary;
    const words = phase.frozen ? t('median', number(phase.median)) : t('provisional', number(phase.median));
    const xa = x(from); const xb = Math.max(x(to), xa + 2);
    return [boundary,
      s('line', { x1: xa, x2: xb, y1: y(phase.median), y2: y(phase.median), class: `median ${phase.frozen ? 'frozen' : 'provisional'}`,
        'data-phase': phase.index, 'data-frozen': phase.frozen, 'data-median': phase.median }),
      s('text', { x: xb, y: y(phase.median) - 6, 'text-anchor': 'end', class: 'median-label' }, words)];
  }),
  startedOn ? [s('line', { x1: x(startedOn), x2: x(startedOn), y1: T - 8, y2: H - B, class: 'start-line' }),
    s('text', { x: x(startedOn) + 4, y: T - 12, class: 'marker-label' }, t('start'))] : null,
  // the line breaks between phases: each phase is judged on its own
  phases.map((phase) => {
    const own = points.filter((p) => p.phase === phase.index);
    return own.length > 1 ? s('polyline', { points: own.map((p) => `${x(p.observedOn)},${y(p.value)}`).join(' '), class: 'run-line', fill: 'none' }) : null;
  }),
  annotations.filter((a) => a.on && a.kind !== 'STARTED' && a.kind !== 'REPHASED' && (!a.measureId || a.measureId === measure.measureId))
    .filter((a) => dayNumber(a.on) >= x0 && dayNumber(a.on) <= x1)
    .map((a) => {
      const ax = x(a.on); const ay = H - B;
      return s('path', { d: `M${ax} ${ay - 9} L${ax - 5} ${ay} L${ax + 5} ${ay} Z`, class: 'annotation', 'data-kind': a.kind },
        s('title', {}, `${day(a.on)}: ${(t('kind') || {})[a.kind] || a.kind}${a.text ? ` – ${a.text}` : ''}`));
    }),
  points.map((p) => {
    const px = x(p.observedOn); const py = y(p.value);
    const label = s('title', {}, t('pointTitleText', day(p.observedOn), `${number(p.value)} ${measure.unit}`));
    const data = { 'data-point-id': p.pointId, 'data-value': p.value, 'data-on': p.observedOn };
    if (!marked.has(p.pointId)) return s('circle', { cx: px, cy: py, r: narrow ? 5 : 4.5, class: 'point', ...data }, label);
    const r = narrow ? 8 : 7;
    return s('path', { d: `M${px} ${py - r} L${px + r} ${py} L${px} ${py + r} L${px - r} ${py} Z`, class: 'point in-signal', ...data }, label);
  }));
  return fillFigure(figure, svg, legend(Boolean(startedOn), phases.length > 1, marked.size > 0),
    reading(chart), annotationList(annotations, measure), pointsTable(measure, chart, marked, onCorrect, tableOpen));
}

function fillFigure(figure, ...children) {
  figure.append(...children.filter(Boolean));
  return figure;
}
