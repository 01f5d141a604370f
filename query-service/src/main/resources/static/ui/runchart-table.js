// What accompanies the run chart: a legend of its shapes, the signals and the phases' notes written out, the
// experiment's notes and stages by day, and the points as a table (for screen readers, for copying, and where
// the team corrects a point).
import { h } from './dom.js';
import { day, number } from './i18n.js';
import { t } from './messages/measures.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A small picture of one of the chart's shapes. */
function swatch(tag, attrs) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 28 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'swatch-svg');
  const shape = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
  svg.append(shape);
  return svg;
}

/** The shapes the chart uses, each with its words. */
export function legend(hasStart, hasPhases, hasSignal) {
  const item = (tag, attrs, text) => h('li', {}, swatch(tag, attrs), ' ', text);
  const across = { x1: 1, x2: 27, y1: 8, y2: 8 };
  const upright = { x1: 14, x2: 14, y1: 0, y2: 16 };
  return h('ul', { class: 'legend runchart-legend' },
    item('circle', { cx: 14, cy: 8, r: 4.5, class: 'point' }, t('legendPoint')),
    hasSignal ? item('path', { d: 'M14 1 L21 8 L14 15 L7 8 Z', class: 'point in-signal' }, t('legendSignal')) : null,
    item('line', { ...across, class: 'median frozen' }, t('legendMedian')),
    item('line', { ...across, class: 'median provisional' }, t('legendProvisional')),
    hasStart ? item('line', { ...upright, class: 'start-line' }, t('legendStart')) : null,
    hasPhases ? item('line', { ...upright, class: 'phase-boundary' }, t('legendPhase')) : null);
}

/** The summary, each signal in the API's words, and each phase's note (e.g. too few points to judge). */
export function reading(chart) {
  const signals = chart.signals || [];
  const notes = (chart.phases || []).filter((p) => p.note);
  return h('div', { class: 'chart-reading' },
    h('p', { class: 'reading-title' }, h('strong', {}, t('reading'))),
    chart.summary ? h('p', { class: 'chart-summary' }, chart.summary) : null,
    signals.length ? h('ul', { class: 'signals' }, signals.map((x) => h('li', {
      dataset: { rule: x.rule, ruleSet: x.ruleSet || '', better: x.better === null || x.better === undefined ? '' : String(x.better) },
    }, x.words))) : chart.summary ? null : h('p', { class: 'no-signals' }, t('noSignals')),
    notes.length ? h('ul', { class: 'phase-notes' }, notes.map((p) => h('li', { dataset: { phase: String(p.index) } },
      (chart.phases || []).length > 1 ? `${t('phase', p.index + 1)}: ${p.note}` : p.note))) : null);
}

/** The experiment's stages, notes and new phases by day (the triangles under the chart). */
export function annotationList(annotations, measure) {
  const mine = (annotations || []).filter((a) => a.on && (!a.measureId || a.measureId === measure.measureId));
  if (!mine.length) return null;
  const kinds = t('kind') || {};
  return h('details', { class: 'chart-annotations' }, h('summary', {}, t('annotations')),
    h('ul', {}, mine.map((a) => h('li', { dataset: { kind: a.kind } },
      h('time', { datetime: a.on }, day(a.on)), ` · ${kinds[a.kind] || a.kind}`, a.text ? `: ${a.text}` : ''))));
}

/** The points, in chart order; onCorrect(point, button) adds a column to correct one (the team's own chart). */
export function pointsTable(measure, chart, marked, onCorrect, open) {
  const points = chart.points || [];
  const team = Boolean(onCorrect);
  const yesNo = (v) => (v ? t('yes') : t('no'));
  return h('details', { class: 'points-table', open },
    h('summary', {}, t('table', points.length)),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { class: 'visually-hidden' }, t('chartTitle', measure.name)),
      h('thead', {}, h('tr', {},
        [t('colDate'), t('colValue', measure.unit), t('colBaseline'), t('colPhase'), t('colSignal'),
          ...(team ? [t('colNote'), t('colCorrected'), t('colAction')] : [])].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, points.map((p) => h('tr', { dataset: { pointId: p.pointId } },
        h('th', { scope: 'row' }, h('time', { datetime: p.observedOn }, day(p.observedOn))),
        h('td', { class: 'num', dataset: { value: String(p.value) } }, number(p.value)),
        h('td', {}, yesNo(p.baseline)),
        h('td', {}, String(p.phase + 1)),
        h('td', {}, marked.has(p.pointId) ? t('yes') : ''),
        team ? [h('td', { class: 'note' }, p.note || ''), h('td', { class: 'corrected' }, yesNo(p.corrected)),
          h('td', {}, h('button', { type: 'button', class: 'link correct-point', 'aria-label': t('correctLabel', day(p.observedOn), number(p.value)),
            onclick: (e) => onCorrect(p, e.currentTarget) }, t('correct')))] : null))))));
}
