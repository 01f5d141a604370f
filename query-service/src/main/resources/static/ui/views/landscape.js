// The analyst's view: what was shared as of a date, how one learning spread, how learning flowed between
// regions, and an export for R, Python or a spreadsheet. It describes learning, never ranks teams.
import { get } from '../api.js';
import { language } from '../i18n.js';
import { clear, field, fill, formatDate, h } from '../dom.js';
import { notice, summary } from '../errors.js';
import { stepChart } from '../chart.js';
import { flows, reachSeries, validationsElsewhere } from '../spread.js';
import { label, RESULTS, say, SPREAD, tierLabel, timeToFirstValidationText } from '../labels.js';
import { shown, shownText } from '../erasure.js';
import { focusName, t as ts } from '../messages/screens.js';
import { lessonsSection } from '../lesson-entry.js';

const today = () => new Date().toISOString().slice(0, 10);
/** The end of the chosen local day, as an instant. */
const endOf = (date) => new Date(`${date}T23:59:59.999`).toISOString();
const startOf = (date) => new Date(`${date}T00:00:00`).toISOString();

export async function landscapeView(main, ctx) {
  document.title = 'Landscape · Learning ledger';
  main.append(h('h1', {}, ctx.me.analyst ? 'Landscape and spread of learning' : 'Shared learning'),
    h('p', { class: 'hint' }, 'What was shared, where and when. Nothing here ranks or scores teams.'));
  const spread = h('section', { 'aria-labelledby': 'spread-h', class: 'spread' }, h('h2', { id: 'spread-h' }, 'How a learning spread'));
  const landscape = landscapeSection(ctx, (learnings, asOf) => spreadSection(spread, ctx, learnings, asOf));
  main.append(landscape, spread, flowsSection(ctx), exportSection());
}

function landscapeSection(ctx, onLoaded) {
  const result = h('div', { class: 'landscape-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', 'aria-label': 'Choose the date' },
    field({ name: 'asOf', label: 'As of', type: 'date', value: today(), attrs: { max: today() } }),
    h('button', { type: 'submit', class: 'primary' }, 'Show'));
  const load = async () => {
    const date = form.elements.asOf.value || today();
    fill(result, h('p', { class: 'loading' }, 'Loading…'));
    let learnings;
    let lessons = [];
    try {
      const answer = await get(`/api/landscape?asOf=${encodeURIComponent(endOf(date))}`);
      learnings = answer.learnings || answer.items || (Array.isArray(answer) ? answer : []);
      lessons = answer.lessons || [];
      fill(result, h('p', {}, `As of ${formatDate(endOf(date))}: ${learnings.length} shared learning${learnings.length === 1 ? '' : 's'}.`));
    } catch (e) {
      fill(result, notice(e, 'The landscape as of a chosen date'));
      learnings = await get('/api/learnings').catch(() => []);
      result.append(h('p', {}, `Shown instead: what you can see now (${learnings.length}).`));
    }
    result.append(table(ctx, learnings, await withdrawnByMyTeams(ctx)), lessonsSection(ctx, lessons));
    onLoaded(learnings, endOf(date));
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  load();
  return h('section', { 'aria-labelledby': 'landscape-h', class: 'landscape' }, h('h2', { id: 'landscape-h' }, 'What was shared'), form, result);
}

/** Ids of the reader's own teams' learnings that the team withdrew (only the team still sees those). */
async function withdrawnByMyTeams(ctx) {
  const lists = await Promise.all((ctx.me.teams || []).map((team) => get(`/api/teams/${team.teamId}/learnings`).catch(() => [])));
  return new Set(lists.flat().filter((l) => l.withdrawn).map((l) => l.learningId));
}

function table(ctx, learnings, withdrawn = new Set()) {
  if (!learnings.length) return h('p', { class: 'empty' }, 'Nothing shared yet.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'landscape-table' },
    h('caption', { class: 'visually-hidden' }, 'Shared learnings, latest first'),
    h('thead', {}, h('tr', {}, ['Learning', 'Team', 'Region', 'Focus', 'Shared with', 'Since'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, learnings.map((l) => h('tr', { 'data-learning': l.learningId },
      h('th', { scope: 'row' }, h('a', { href: `#/learning/${l.learningId}` }, shown(l.title, l) || '(untitled)')),
      h('td', {}, l.teamName || ctx.teamName(l.teamId)),
      h('td', {}, ctx.regionName(l.regionId)),
      h('td', { class: 'focus' }, focusName(l.focus || ctx.teams.get(l.teamId)?.focus)),
      withdrawn.has(l.learningId) ? h('td', { 'data-withdrawn': 'true' }, ts('withdrawn')) : h('td', {}, tierLabel(l.tier)),
      h('td', {}, formatDate(l.publishedAt)))))));
}

function spreadSection(section, ctx, learnings, asOf) {
  const chart = h('div', { class: 'chart-place' });
  const select = field({ name: 'learning', label: 'Learning', type: 'select', value: '',
    options: [{ value: '', label: '— choose a learning —' }, ...learnings.map((l) => ({ value: l.learningId, label: shownText(l.title, l) || l.learningId }))] });
  const show = async () => {
    const id = select.querySelector('select').value;
    if (!id) { clear(chart); return; }
    fill(chart, h('p', { class: 'loading' }, 'Loading…'));
    try {
      const answer = await get(`/api/learnings/${id}/timeline?asOf=${encodeURIComponent(asOf)}`);
      const learning = learnings.find((l) => l.learningId === id);
      const series = reachSeries(answer, learning?.teamId);
      fill(chart, series ? [stepChart({ title: `How far “${shownText(learning?.title, learning)}” had spread`, series, yLabel: 'reached' }),
        validatedBy(ctx, validationsElsewhere(answer, learning?.teamId))]
        : h('p', { class: 'empty' }, say(SPREAD.noOtherTeamYet)));
    } catch (e) {
      fill(chart, notice(e, 'The spread of a learning over time'));
    }
  };
  select.querySelector('select').addEventListener('change', show);
  fill(section, section.firstChild,
    h('p', { class: 'hint' }, 'Teams and regions that tried the learning and published what they found, over time.'),
    select, chart);
}

/** The teams elsewhere that validated the learning, when and with what result: the chart's provenance in words. */
function validatedBy(ctx, validations) {
  return h('div', { class: 'validated-by' }, h('h3', {}, say(SPREAD.validatedBy)),
    h('ul', {}, validations.map((v) => h('li', { 'data-team': v.teamId, 'data-region': v.regionId },
      `${ctx.teamName(v.teamId)} (${ctx.regionName(v.regionId)}) · ${label(RESULTS, v.result)} · ${formatDate(v.at)}`))));
}

function flowsSection(ctx) {
  const section = h('section', { 'aria-labelledby': 'flows-h', class: 'flows' }, h('h2', { id: 'flows-h' }, 'Flows between regions'),
    h('p', { class: 'loading' }, 'Loading…'));
  get('/api/analytics/spread').then((answer) => {
    const list = flows(answer);
    fill(section, section.firstChild,
      h('p', { class: 'time-to-first-validation' },
        `${say(SPREAD.timeToFirstLead)}: ${timeToFirstValidationText(answer?.timeToFirstValidation)}.`),
      list.length ? h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden' }, 'Learnings that travelled from one region to another'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'From region'), h('th', { scope: 'col' }, 'To region'), h('th', { scope: 'col' }, say({ cs: 'Ověření', en: 'Validations' })))),
        h('tbody', {}, list.map((f) => h('tr', {}, h('td', {}, ctx.regions.get(f.from)?.name || f.from),
          h('td', {}, ctx.regions.get(f.to)?.name || f.to), h('td', {}, f.count))))))
        : h('p', { class: 'empty' }, 'No learning has travelled between regions yet.'));
  }).catch((e) => fill(section, section.firstChild, notice(e, 'The overview of flows between regions')));
  return section;
}

function exportSection() {
  const message = h('div', { class: 'export-message', 'aria-live': 'polite' });
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const form = h('form', { class: 'toolbar', 'aria-label': 'Export events' },
    field({ name: 'from', label: 'From', type: 'date', value: monthAgo }),
    field({ name: 'to', label: 'To', type: 'date', value: today() }),
    h('button', { type: 'submit', class: 'primary' }, 'Download CSV'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    fill(message, h('p', { class: 'loading' }, 'Preparing the file…'));
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
      fill(message, h('p', { class: 'notice ok' }, 'The file is downloaded.'));
    } catch (err) {
      fill(message, err.missingEndpoint ? notice(err, 'The export of events') : h('p', { class: 'notice error' }, summary(err)));
    }
  });
  return h('section', { 'aria-labelledby': 'export-h' }, h('h2', { id: 'export-h' }, 'Export for R, Python or a spreadsheet'),
    h('p', { class: 'hint' }, 'Every event you may see between two dates, as a CSV file.'), form, message);
}
