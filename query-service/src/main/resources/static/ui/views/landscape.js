// The analyst's view: what was shared as of a date, how one learning spread, how learning flowed between
// regions, and an export for R, Python or a spreadsheet. It describes learning, never ranks teams.
import { get } from '../api.js';
import { language, today } from '../i18n.js';
import { clear, field, fill, formatDate, h } from '../dom.js';
import { notice, summary } from '../errors.js';
import { stepChart } from '../chart.js';
import { flows, reachSeries, validationsElsewhere } from '../spread.js';
import { label, RESULTS, say, SPREAD, tierLabel, timeToFirstValidationText } from '../labels.js';
import { shown, shownText } from '../erasure.js';
import { focusName, t as ts } from '../messages/screens.js';
import { lessonsSection } from '../lesson-entry.js';
import { t } from '../messages/landscape.js';
import { t as ta } from '../messages/app.js';

/** The end of the chosen local day, as an instant. */
const endOf = (date) => new Date(`${date}T23:59:59.999`).toISOString();
const startOf = (date) => new Date(`${date}T00:00:00`).toISOString();

export async function landscapeView(main, ctx) {
  document.title = `${t('title')} · ${ta('ledger')}`;
  main.append(h('h1', {}, ctx.me.analyst ? t('analystHeading') : t('heading')),
    h('p', { class: 'hint' }, t('hint')));
  const spread = h('section', { 'aria-labelledby': 'spread-h', class: 'spread' }, h('h2', { id: 'spread-h' }, t('howSpread')));
  const landscape = landscapeSection(ctx, (learnings, asOf) => spreadSection(spread, ctx, learnings, asOf));
  main.append(landscape, spread, flowsSection(ctx), exportSection());
}

function landscapeSection(ctx, onLoaded) {
  const result = h('div', { class: 'landscape-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', 'aria-label': t('chooseDate') },
    field({ name: 'asOf', label: t('asOf'), type: 'date', value: today(), attrs: { max: today() } }),
    h('button', { type: 'submit', class: 'primary' }, t('show')));
  const load = async () => {
    const date = form.elements.asOf.value || today();
    fill(result, h('p', { class: 'loading' }, ta('loading')));
    let learnings;
    let lessons = [];
    try {
      const answer = await get(`/api/landscape?asOf=${encodeURIComponent(endOf(date))}`);
      learnings = answer.learnings || answer.items || (Array.isArray(answer) ? answer : []);
      lessons = answer.lessons || [];
      fill(result, h('p', {}, t('asOfCount', formatDate(endOf(date)), learnings.length)));
    } catch (e) {
      fill(result, notice(e, t('asOfNotice')));
      learnings = await get('/api/learnings').catch(() => []);
      result.append(h('p', {}, t('shownInstead', learnings.length)));
    }
    result.append(table(ctx, learnings, await withdrawnByMyTeams(ctx)), lessonsSection(ctx, lessons));
    onLoaded(learnings, endOf(date));
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  return h('section', { 'aria-labelledby': 'landscape-h', class: 'landscape' }, h('h2', { id: 'landscape-h' }, t('whatShared')), form, result);
}

/** Ids of the reader's own teams' learnings that the team withdrew (only the team still sees those). */
async function withdrawnByMyTeams(ctx) {
  const lists = await Promise.all((ctx.me.teams || []).map((team) => get(`/api/teams/${team.teamId}/learnings`).catch(() => [])));
  return new Set(lists.flat().filter((l) => l.withdrawn).map((l) => l.learningId));
}

function table(ctx, learnings, withdrawn = new Set()) {
  if (!learnings.length) return h('p', { class: 'empty' }, t('nothingShared'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'landscape-table' },
    h('caption', { class: 'visually-hidden' }, t('caption')),
    h('thead', {}, h('tr', {}, ['colLearning', 'colTeam', 'colRegion', 'colFocus', 'colSharedWith', 'colSince'].map((c) => h('th', { scope: 'col' }, t(c))))),
    h('tbody', {}, learnings.map((l) => h('tr', { 'data-learning': l.learningId },
      h('th', { scope: 'row' }, h('a', { href: `#/learning/${l.learningId}` }, shown(l.title, l) || t('untitled'))),
      h('td', {}, l.teamName || ctx.teamName(l.teamId)),
      h('td', {}, ctx.regionName(l.regionId)),
      h('td', { class: 'focus' }, focusName(l.focus || ctx.teams.get(l.teamId)?.focus)),
      withdrawn.has(l.learningId) ? h('td', { 'data-withdrawn': 'true' }, ts('withdrawn')) : h('td', {}, tierLabel(l.tier)),
      h('td', {}, formatDate(l.publishedAt)))))));
}

function spreadSection(section, ctx, learnings, asOf) {
  const chart = h('div', { class: 'chart-place' });
  const select = field({ name: 'learning', label: t('learning'), type: 'select', value: '',
    options: [{ value: '', label: t('chooseLearning') }, ...learnings.map((l) => ({ value: l.learningId, label: shownText(l.title, l) || l.learningId }))] });
  const show = async () => {
    const id = select.querySelector('select').value;
    if (!id) { clear(chart); return; }
    fill(chart, h('p', { class: 'loading' }, ta('loading')));
    try {
      const answer = await get(`/api/learnings/${id}/timeline?asOf=${encodeURIComponent(asOf)}`);
      const learning = learnings.find((l) => l.learningId === id);
      const series = reachSeries(answer, learning?.teamId);
      fill(chart, series ? [stepChart({ title: t('hadSpread', shownText(learning?.title, learning)), series, yLabel: t('reached') }),
        validatedBy(ctx, validationsElsewhere(answer, learning?.teamId))]
        : h('p', { class: 'empty' }, say(SPREAD.noOtherTeamYet)));
    } catch (e) {
      fill(chart, notice(e, t('spreadNotice')));
    }
  };
  select.querySelector('select').addEventListener('change', show);
  fill(section, section.firstChild,
    h('p', { class: 'hint' }, t('spreadHint')),
    select, chart);
}

/** The teams elsewhere that validated the learning, when and with what result: the chart's provenance in words. */
function validatedBy(ctx, validations) {
  return h('div', { class: 'validated-by' }, h('h3', {}, say(SPREAD.validatedBy)),
    h('ul', {}, validations.map((v) => h('li', { 'data-team': v.teamId, 'data-region': v.regionId },
      `${ctx.teamName(v.teamId)} (${ctx.regionName(v.regionId)}) · ${label(RESULTS, v.result)} · ${formatDate(v.at)}`))));
}

function flowsSection(ctx) {
  const section = h('section', { 'aria-labelledby': 'flows-h', class: 'flows' }, h('h2', { id: 'flows-h' }, t('flows')),
    h('p', { class: 'loading' }, ta('loading')));
  get('/api/analytics/spread').then((answer) => {
    const list = flows(answer);
    fill(section, section.firstChild,
      h('p', { class: 'time-to-first-validation' },
        `${say(SPREAD.timeToFirstLead)}: ${timeToFirstValidationText(answer?.timeToFirstValidation)}.`),
      list.length ? h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden' }, t('flowsCaption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('fromRegion')), h('th', { scope: 'col' }, t('toRegion')), h('th', { scope: 'col' }, t('validations')))),
        h('tbody', {}, list.map((f) => h('tr', {}, h('td', {}, ctx.regions.get(f.from)?.name || f.from),
          h('td', {}, ctx.regions.get(f.to)?.name || f.to), h('td', {}, f.count))))))
        : h('p', { class: 'empty' }, t('noFlows')));
  }).catch((e) => fill(section, section.firstChild, notice(e, t('flowsNotice'))));
  return section;
}

function exportSection() {
  const message = h('div', { class: 'export-message', 'aria-live': 'polite' });
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const form = h('form', { class: 'toolbar', 'aria-label': t('exportLabel') },
    field({ name: 'from', label: t('from'), type: 'date', value: monthAgo }),
    field({ name: 'to', label: t('to'), type: 'date', value: today() }),
    h('button', { type: 'submit', class: 'primary' }, t('download')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    fill(message, h('p', { class: 'loading' }, t('preparing')));
    try {
      // the spreadsheet's conventions follow the page's language (';' and a decimal comma in Czech)
      const response = await get(`/api/history/events?from=${encodeURIComponent(startOf(from))}&to=${encodeURIComponent(endOf(to))}&locale=${language()}`,
        { raw: true, accept: 'text/csv' });
      const url = URL.createObjectURL(await response.blob());
      const a = h('a', { href: url, download: `ledger-events-${from}-to-${to}.csv` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      fill(message, h('p', { class: 'notice ok' }, t('downloaded')));
    } catch (err) {
      fill(message, err.missingEndpoint ? notice(err, t('exportNotice')) : h('p', { class: 'notice error' }, summary(err)));
    }
  });
  return h('section', { 'aria-labelledby': 'export-h' }, h('h2', { id: 'export-h' }, t('exportHeading')),
    h('p', { class: 'hint' }, t('exportHint')), form, message);
}
