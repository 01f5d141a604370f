// The measures of one experiment, on its page: each with its run chart and the forms to add points quickly,
// correct one from the table and start a new phase; a form to define another; the team's CSV export. After a
// save the query side has it within moments: the chart is redrawn then, while the forms stay as they are.
import { get, until } from '../api.js';
import { fill, h } from '../dom.js';
import { notice, summary } from '../errors.js';
import { erasure, shown, shownText } from '../erasure.js';
import { day, language } from '../i18n.js';
import { both, t } from '../messages/measures.js';
import { runChart } from '../runchart.js';
import { selectIn, warningsPanel } from '../warnings.js';
import { canonical, correctionForm, defineForm, phaseForm, pointForm } from './measure-forms.js';

const read = (id) => get(`/api/experiments/${id}/measures`, { headers: { 'Accept-Language': language() } });
const FIELDS = { name: both('fieldName'), unit: both('fieldUnit'), note: both('fieldNote'), reason: both('fieldReason') };
const MEASURE_WORDS = { heading: both('warnMeasure'), intro: both('warnMeasureIntro'), howTo: both('warnMeasureHow'), fields: FIELDS };
const POINT_WORDS = { heading: both('warnPoint'), intro: both('warnPointIntro'), howTo: both('warnPointHow'), fields: FIELDS };

/** The section; `previous` (the one drawn before) is kept while the experiment's stage is the same. */
export function measuresSection(ctx, x, teamId, previous) {
  const key = `${x.id}|${x.status}|${Boolean(erasure(x))}`;
  if (previous && previous.dataset.key === key) return previous;
  const section = h('section', { class: 'measures', 'aria-labelledby': 'measures-h', 'aria-busy': 'true', dataset: { key } },
    h('h3', { id: 'measures-h' }, t('heading')), h('p', { class: 'loading' }, t('loading')));
  const page = { ctx, x, teamId, section, view: null, blocks: new Map(), seq: 0, shown: 0 };
  until(() => read(x.id), Boolean).then((view) => { page.view = view; renderAll(page); })
    .catch((e) => fill(section, section.firstChild, notice(e, t('theMeasures'))))
    .finally(() => section.removeAttribute('aria-busy'));
  return section;
}

const mayRecord = (x) => !erasure(x) && (x.status === 'PROPOSED' || x.status === 'STARTED');

function renderAll(page) {
  const { x, section } = page;
  const measures = page.view.measures || [];
  page.blocks.clear();
  const defineNotes = h('div', { class: 'define-notes' });
  fill(section,
    h('h3', { id: 'measures-h' }, t('sectionTitle', measures.length)),
    h('p', { class: 'hint' }, t('sectionIntro')),
    measures.length ? measures.map((m) => block(page, m)) : h('p', { class: 'empty' }, t('none')),
    mayRecord(x) ? h('details', { class: 'panel define-measure', open: !measures.length }, h('summary', {}, t('defineTitle')),
      defineNotes, defineForm(x, (answer) => defined(page, answer))) : null,
    measures.length ? csvExport(page.teamId) : null);
}

/** One measure: its name and kind, its chart, and its forms. */
function block(page, m) {
  const { x } = page;
  const gone = erasure(m, x);
  const headingId = `measure-h-${m.measureId}`;
  const b = { m, chartPlace: h('div', { class: 'chart-place' }), notes: h('div', { class: 'measure-notes' }),
    correction: h('div', { class: 'correction-place' }) };
  page.blocks.set(m.measureId, b);
  draw(page, b);
  return h('article', { class: 'measure', 'aria-labelledby': headingId, dataset: { measure: m.measureId } },
    h('h4', { id: headingId }, shown(m.name, m, x)),
    h('p', { class: 'meta' }, [shownText(m.unit, m, x), t(m.better), t(m.role)].filter(Boolean).join(' · ')),
    b.chartPlace, b.notes,
    mayRecord(x) && !gone ? pointForm(x, m, (answer) => pointSaved(page, b, answer)) : null,
    b.correction,
    !gone && !erasure(x) ? phaseForm(x, m, (answer) => phaseSaved(page, b, answer)) : null);
}

function draw(page, b) {
  const { m } = b;
  const gone = erasure(m, page.x);
  const tableOpen = Boolean(b.chartPlace.querySelector('details.points-table')?.open);
  fill(b.chartPlace, runChart({
    measure: { ...m, name: shownText(m.name, m, page.x) || '', unit: shownText(m.unit, m, page.x) || '' },
    chart: m.chart || {}, startedOn: page.view.startedOn, annotations: page.view.annotations || [], tableOpen,
    onCorrect: gone || erasure(page.x) ? null : (point, button) => openCorrection(page, b, point, button),
  }));
}

/** Polls until `done(view)`, then redraws the charts (all of the section only when measures came or went). */
async function refresh(page, done) {
  const mine = ++page.seq;
  const view = await until(() => read(page.x.id), (v) => v && done(v)).catch(() => null);
  if (!view || mine < page.shown) return view;
  page.shown = mine;
  const text = JSON.stringify(view);
  if (text === page.drawn) return view; // the same again (refreshes overlap): no redraw, the reader keeps their place
  page.drawn = text;
  page.view = view;
  const ids = (view.measures || []).map((m) => m.measureId);
  if (ids.length !== page.blocks.size || ids.some((id) => !page.blocks.has(id))) { renderAll(page); return view; }
  for (const m of view.measures) { const b = page.blocks.get(m.measureId); b.m = m; draw(page, b); }
  return view;
}

const pointOf = (view, measureId, pointId) => (view.measures || []).find((m) => m.measureId === measureId)
  ?.chart?.points?.find((p) => p.pointId === pointId);

async function defined(page, { result, sent }) {
  const warnings = result.warnings || [];
  page.ctx.announce(warnings.length ? t('announceWarning') : t('defined', sent.name));
  await refresh(page, (v) => (v.measures || []).some((m) => m.measureId === sent.measureId));
  const b = page.blocks.get(sent.measureId);
  if (!b) return;
  if (warnings.length) {
    const panel = warningsPanel({ kind: 'measure', warnings, texts: { name: sent.name, unit: sent.unit }, words: MEASURE_WORDS });
    fill(b.notes, panel);
    panel.focus();
  } else {
    page.section.querySelector(`form.quick-point[data-measure="${sent.measureId}"] input[name=value]`)?.focus();
  }
}

/** Not awaited by the form: the next point can be typed while the chart catches up. */
function pointSaved(page, b, { result, sent }) {
  const warnings = result.warnings || [];
  page.ctx.announce(warnings.length ? t('announceWarning') : t('pointSaved', sent.value, day(sent.observedOn)));
  if (warnings.length) {
    const panel = warningsPanel({ kind: 'point', warnings, texts: { note: sent.note }, words: POINT_WORDS,
      edit: (name, start, end) => {
        const form = openCorrection(page, b, pointOf(page.view, b.m.measureId, sent.pointId) || sent, null);
        selectIn(form.elements[name], start, end);
      } });
    fill(b.notes, panel);
    panel.focus();
  } else {
    fill(b.notes);
  }
  refresh(page, (v) => Boolean(pointOf(v, b.m.measureId, sent.pointId)));
}

function phaseSaved(page, b, { result, sent }) {
  const warnings = result.warnings || [];
  page.ctx.announce(warnings.length ? t('announceWarning') : t('phaseSaved', day(sent.from)));
  fill(b.notes, warnings.length ? warningsPanel({ kind: 'phase', warnings, texts: { reason: sent.reason }, words: POINT_WORDS }) : null);
  return refresh(page, (v) => (v.measures || []).some((m) => m.measureId === b.m.measureId
    && (m.chart?.phases || []).some((p) => p.from === sent.from)));
}

/** The correction form under the chart, filled with the point as it stands; returns the form. */
function openCorrection(page, b, point, trigger) {
  const button = () => b.chartPlace.querySelector(`tr[data-point-id="${point.pointId}"] button.correct-point`);
  const close = () => { fill(b.correction); (button() || trigger)?.focus(); };
  const form = correctionForm(page.x, b.m, point, day(point.observedOn), async ({ result, sent }) => {
    const warnings = result.warnings || [];
    page.ctx.announce(warnings.length ? t('announceWarning') : t('corrected'));
    const wanted = Number(canonical(sent.value));
    await refresh(page, (v) => {
      const p = pointOf(v, b.m.measureId, point.pointId);
      return p && Number(p.value) === wanted && p.observedOn === sent.observedOn && (p.note || null) === (sent.note || null);
    });
    fill(b.notes, warnings.length ? warningsPanel({ kind: 'correction', warnings, texts: { note: sent.note, reason: sent.reason }, words: POINT_WORDS }) : null);
    fill(b.correction);
    (warnings.length ? b.notes.querySelector('.warnings-panel') : button())?.focus();
  }, close);
  fill(b.correction, form);
  form.elements.value.focus();
  return form;
}

/** The team's measures as CSV, fetched with the reader's token (a plain link would carry none). */
function csvExport(teamId) {
  const message = h('div', { class: 'export-message', 'aria-live': 'polite' });
  const download = async () => {
    fill(message, h('p', { class: 'loading' }, t('csvPreparing')));
    try {
      // ';' and a decimal comma for a Czech spreadsheet, as the page's language says
      const response = await get(`/api/teams/${teamId}/measures.csv?locale=${language()}`, { raw: true, accept: 'text/csv' });
      const url = URL.createObjectURL(await response.blob());
      const a = h('a', { href: url, download: 'ledger-measures.csv' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      fill(message, h('p', { class: 'notice ok' }, t('csvDone')));
    } catch (err) {
      fill(message, err.missingEndpoint ? notice(err, t('theMeasures')) : h('p', { class: 'notice error' }, summary(err)));
    }
  };
  return h('div', { class: 'measures-export' },
    h('button', { type: 'button', class: 'secondary csv-download', onclick: download }, t('csv')),
    h('p', { class: 'hint' }, t('csvHint')), message);
}
