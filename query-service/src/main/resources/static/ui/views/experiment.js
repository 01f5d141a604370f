// One experiment: what it asks, its observations, and the next steps its stage allows.
import { command, get, until } from '../api.js';
import { field, fill, formatDate, h, radios, time } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { label, say, DECISIONS, KINDS, OBSERVED_ON, STAGES } from '../labels.js';
import { notMember, teamHeader } from './team.js';

export async function experimentView(main, ctx, teamId, id) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  teamHeader(main, ctx, teamId, 'experiments');
  const body = h('article', { class: 'experiment', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading…'));
  main.append(body);
  // Just proposed: the query side shows it within moments.
  const experiment = await until(() => get(`/api/experiments/${id}`), (x) => Boolean(x))
    .catch((e) => { fill(body, notice(e, 'The experiment')); return undefined; });
  if (experiment === undefined) return;
  if (!experiment) {
    fill(body, h('p', { class: 'notice error' }, 'This experiment could not be found. It may not exist, or it may belong to another team.'));
    return;
  }
  render(body, ctx, teamId, experiment);
}

function render(body, ctx, teamId, x) {
  document.title = `${x.question} · Experiment`;
  const refresh = async (changed) => {
    const next = await until(() => get(`/api/experiments/${x.id}`), (y) => y && changed(y));
    render(body, ctx, teamId, next || x);
    body.querySelector('h2')?.focus();
  };
  const dl = (pairs) => h('dl', { class: 'facts' }, pairs.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  fill(body,
    h('p', { class: 'badge', 'data-status': x.status }, label(STAGES, x.status)),
    h('h2', { tabindex: '-1' }, x.question),
    dl([
      ['We expect', x.prediction],
      ['What we change', x.plan],
      ['What we observe', x.measures],
      ['Tries the shared learning', x.basedOn ? h('a', { href: `#/learning/${x.basedOn}` }, 'open it') : null],
      ['Note', x.withdrawalNotice ? `The learning this experiment tries was withdrawn by its team on ${formatDate(x.withdrawalNotice.withdrawnAt)}.` : null],
      ['Proposed', time(x.proposedAt)],
      ['Started', time(x.startedAt)],
      ['Ended', time(x.endedAt)],
      ['Decision', x.decision ? `${label(DECISIONS, x.decision)}: ${x.summary || ''}` : null],
      ['Why it was stopped', x.abandonReason],
    ]),
    observations(x),
    actions(ctx, x, refresh));
  body.removeAttribute('aria-busy');
}

function observations(x) {
  const items = x.observations || [];
  return h('section', { 'aria-labelledby': 'obs-h' },
    h('h3', { id: 'obs-h' }, `Observations (${items.length})`),
    items.length ? h('ul', { class: 'observations' }, items.map((o) => h('li', { class: `obs obs-${o.kind.toLowerCase()}` },
      h('p', { class: 'meta' }, label(KINDS, o.kind), ' · ', observedOn(o.observedOn), ' · ',
        `${say(OBSERVED_ON.recorded)} `, time(o.recordedAt)),
      o.kind.endsWith('_VOICE') ? h('blockquote', {}, o.text) : h('p', {}, o.text),
      o.value !== null && o.value !== undefined ? h('p', { class: 'value' }, `Value: ${o.value}`) : null)))
      : h('p', { class: 'empty' }, x.status === 'PROPOSED' ? 'Observations can be recorded once the experiment has started.' : 'No observations yet.'));
}

/** The day observed (a plain date, shown as one with no time zone to shift it) with its label. */
function observedOn(day) {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  const shown = new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return h('span', { class: 'observed-on' }, `${say(OBSERVED_ON.label)} `, h('time', { datetime: day }, shown));
}

/** Today in the browser's calendar, as yyyy-mm-dd: the latest day one can have observed something. */
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

function actions(ctx, x, refresh) {
  if (x.status === 'CONCLUDED' || x.status === 'ABANDONED') return null;
  const section = h('section', { class: 'next-steps', 'aria-labelledby': 'next-h' }, h('h3', { id: 'next-h' }, 'Next steps'));
  if (x.status === 'PROPOSED') section.append(startForm(ctx, x, refresh));
  if (x.status === 'STARTED') section.append(observeForm(ctx, x, refresh), concludeForm(ctx, x, refresh));
  section.append(abandonForm(ctx, x, refresh));
  return section;
}

function startForm(ctx, x, refresh) {
  const form = h('form', { class: 'inline', 'aria-label': 'Start the experiment' },
    h('p', {}, 'Ready to begin? Starting lets the team record observations.'),
    h('button', { type: 'submit', class: 'primary' }, 'Start the experiment'));
  onSubmit(form, () => command('POST', `/api/experiments/${x.id}/start`), async () => {
    ctx.announce('The experiment has started.');
    await refresh((y) => y.status !== 'PROPOSED');
  });
  return form;
}

function observeForm(ctx, x, refresh) {
  const value = field({ name: 'value', label: 'The number', type: 'number', attrs: { step: 'any', inputmode: 'decimal' },
    hint: 'Only for a measure.' });
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'observe-h' },
    h('h4', { id: 'observe-h' }, 'Record an observation'),
    radios({ name: 'kind', legend: 'What kind of observation?', options: KINDS, value: 'NOTE' }),
    field({ name: 'text', label: 'What was seen or said', type: 'textarea', rows: 3, required: true,
      hint: 'In the team’s words. No names, addresses, phone numbers or birth dates.' }),
    value,
    field({ name: 'observedOn', label: say(OBSERVED_ON.label), type: 'date', attrs: { max: today() },
      hint: say(OBSERVED_ON.hint) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Record the observation')));
  const syncValue = () => { value.hidden = form.elements.kind.value !== 'MEASURE'; };
  form.addEventListener('change', syncValue);
  syncValue();
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/observations`, {
    observationId: stableId(form), kind: v.kind, text: v.text,
    value: v.kind === 'MEASURE' && v.value !== null ? Number(v.value) : null,
    // Left empty, the command side takes the day it records the observation.
    ...(v.observedOn ? { observedOn: v.observedOn } : {}),
  }), async (result) => {
    renewId(form);
    ctx.announce('The observation is recorded.');
    await refresh((y) => (y.observations || []).some((o) => o.observationId === result.observationId));
  });
  return form;
}

function concludeForm(ctx, x, refresh) {
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'conclude-h' },
    h('h4', { id: 'conclude-h' }, 'Conclude the experiment'),
    radios({ name: 'decision', legend: 'What does the team decide?', options: DECISIONS }),
    field({ name: 'summary', label: 'What happened, and why this decision?', type: 'textarea', rows: 3, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Conclude')));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/conclusion`, { decision: v.decision, summary: v.summary }),
    async () => {
      ctx.announce('The experiment is concluded.');
      await refresh((y) => y.status === 'CONCLUDED');
    });
  return form;
}

function abandonForm(ctx, x, refresh) {
  const form = h('form', { class: 'stack', novalidate: true },
    field({ name: 'reason', label: 'Why stop it?', type: 'textarea', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Abandon the experiment')));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/abandonment`, { reason: v.reason }), async () => {
    ctx.announce('The experiment is abandoned.');
    await refresh((y) => y.status === 'ABANDONED');
  });
  return h('details', { class: 'panel quiet' }, h('summary', {}, 'Abandon the experiment'), form);
}
