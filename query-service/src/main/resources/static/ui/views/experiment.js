// One experiment: what it asks, its observations, and the next steps its stage allows.
import { command, get, until } from '../api.js';
import { field, fill, formatDate, h, radios, time } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit } from '../forms.js';
import { label, say, DECISIONS, ERASURE, KINDS, OBSERVED_ON, STAGES } from '../labels.js';
import { confirmErasure, erasedNote, erasure, shown, shownText } from '../erasure.js';
import { notMember, teamHeader } from './team.js';
import { measuresSection } from './measures.js';
import { startedOnField } from './measure-forms.js';
import { keepTyped } from '../keep.js';
import { eraseObservation, formState, observeForm } from './observe-form.js';

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

/** after: what the last save left to say ({saved, warnings} of an observation; replaces: the one it corrects). */
function render(body, ctx, teamId, x, after = {}, keep = null) {
  document.title = `${shownText(x.question, x)} · Experiment`;
  const refresh = async (changed, next = {}, { keepForm = false, focus = true } = {}) => {
    const kept = keepForm ? formState(body) : null;
    const y = await until(() => get(`/api/experiments/${x.id}`), (z) => z && changed(z));
    render(body, ctx, teamId, y || x, next, kept);
    if (focus) body.querySelector('h2')?.focus();
    return y || x;
  };
  const erased = erasure(x);
  // the measures keep what is being typed while the rest of the page is drawn again (same stage)
  body.measures = measuresSection(ctx, x, teamId, body.measures);
  const dl = (pairs) => h('dl', { class: 'facts' }, pairs.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  fill(body,
    h('p', { class: 'badge', 'data-status': x.status }, label(STAGES, x.status)),
    h('h2', { tabindex: '-1' }, shown(x.question, x)),
    erased ? h('p', { class: 'notice erased-notice' }, say(ERASURE.erasedExperimentNote)) : null,
    dl([
      ['We expect', shown(x.prediction, x)],
      ['What we change', shown(x.plan, x)],
      ['What we observe', shown(x.measures, x)],
      ['Tries the shared learning', x.basedOn ? h('a', { href: `#/learning/${x.basedOn}` }, 'open it') : null],
      ['Note', x.withdrawalNotice ? `The learning this experiment tries was withdrawn by its team on ${formatDate(x.withdrawalNotice.withdrawnAt)}.` : null],
      ['Proposed', time(x.proposedAt)],
      ['Started', x.startedOn ? h('time', { datetime: x.startedOn }, formatDate(`${x.startedOn}T12:00:00`)) : time(x.startedAt)],
      ['Ended', time(x.endedAt)],
      ['Decision', x.decision ? [`${label(DECISIONS, x.decision)}: `, shown(x.summary, x) || ''] : null],
      ['Why it was stopped', x.status === 'ABANDONED' ? shown(x.abandonReason, x) : null],
    ]),
    observations(ctx, x, refresh),
    body.measures,
    erased ? null : actions(ctx, x, refresh, after, keep),
    erased ? null : eraseExperiment(ctx, x, refresh));
  body.removeAttribute('aria-busy');
}

function observations(ctx, x, refresh) {
  const items = x.observations || [];
  return h('section', { 'aria-labelledby': 'obs-h' },
    h('h3', { id: 'obs-h' }, `Observations (${items.length})`),
    items.length ? h('ul', { class: 'observations' }, items.map((o) => {
      const gone = erasure(o, x);
      const textId = `obs-text-${o.observationId}`;
      return h('li', { class: `obs obs-${o.kind.toLowerCase()}${gone ? ' obs-erased' : ''}`, dataset: { observation: o.observationId } },
        h('p', { class: 'meta' }, label(KINDS, o.kind), ' · ', observedOn(o.observedOn), ' · ',
          `${say(OBSERVED_ON.recorded)} `, time(o.recordedAt)),
        gone && (o.text === null || o.text === undefined) ? h('p', { id: textId, tabindex: '-1' }, erasedNote(gone))
          : o.kind.endsWith('_VOICE') ? h('blockquote', { id: textId }, o.text) : h('p', { id: textId }, o.text),
        o.value !== null && o.value !== undefined ? h('p', { class: 'value' }, `Value: ${o.value}`) : null,
        gone ? null : h('p', { class: 'obs-actions' }, h('button', {
          type: 'button', class: 'link erase', 'aria-label': say(ERASURE.eraseObservationLabel), 'aria-describedby': textId,
          onclick: () => eraseObservation(ctx, x, o, refresh),
        }, say(ERASURE.eraseObservation))));
    }))
      : h('p', { class: 'empty' }, x.status === 'PROPOSED' ? 'Observations can be recorded once the experiment has started.' : 'No observations yet.'));
}

function eraseExperiment(ctx, x, refresh) {
  return h('section', { class: 'erase-section', 'aria-labelledby': 'erase-x-h' },
    h('h3', { id: 'erase-x-h', class: 'visually-hidden' }, say(ERASURE.titleExperiment)),
    h('button', { type: 'button', class: 'link erase erase-experiment', onclick: () => confirmErasure(ctx, {
      title: say(ERASURE.titleExperiment),
      explain: say(ERASURE.explainExperiment),
      preview: x.question,
      path: `/api/experiments/${x.id}/erasures`,
      body: { item: 'EXPERIMENT' },
      member: true,
      announce: say(ERASURE.erasedExperiment),
      done: async () => { await refresh((y) => Boolean(erasure(y)), {}, { focus: false }); return document.querySelector('article.experiment h2'); },
    }) }, say(ERASURE.eraseExperiment)));
}

/** The day observed (a plain date, shown as one with no time zone to shift it) with its label. */
function observedOn(day) {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  const shown = new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return h('span', { class: 'observed-on' }, `${say(OBSERVED_ON.label)} `, h('time', { datetime: day }, shown));
}

function actions(ctx, x, refresh, after, keep) {
  if (x.status === 'CONCLUDED' || x.status === 'ABANDONED') return null;
  const section = h('section', { class: 'next-steps', 'aria-labelledby': 'next-h' }, h('h3', { id: 'next-h' }, 'Next steps'));
  if (x.status === 'PROPOSED') section.append(startForm(ctx, x, refresh));
  if (x.status === 'STARTED') section.append(...observeForm(ctx, x, refresh, after, keep), concludeForm(ctx, x, refresh));
  section.append(abandonForm(ctx, x, refresh));
  return section;
}

function startForm(ctx, x, refresh) {
  const form = h('form', { class: 'inline', 'aria-label': 'Start the experiment' },
    h('p', {}, 'Ready to begin? Starting lets the team record observations.'),
    startedOnField(),
    h('button', { type: 'submit', class: 'primary' }, 'Start the experiment'));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/start`, v.startedOn ? { startedOn: v.startedOn } : undefined), async () => {
    ctx.announce('The experiment has started.');
    await refresh((y) => y.status !== 'PROPOSED');
  });
  return form;
}

function concludeForm(ctx, x, refresh) {
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'conclude-h' },
    h('h4', { id: 'conclude-h' }, 'Conclude the experiment'),
    radios({ name: 'decision', legend: 'What does the team decide?', options: DECISIONS }),
    field({ name: 'summary', label: 'What happened, and why this decision?', type: 'textarea', rows: 3, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Conclude')));
  keepTyped(form, `conclude.${x.id}`, ['decision', 'summary'], ctx.announce);
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
