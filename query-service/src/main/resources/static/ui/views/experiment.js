// One experiment: what it asks, its observations, and the next steps its stage allows.
import { command, get, until } from '../api.js';
import { field, fill, formatDate, formatNumber, h, radios, time } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit } from '../forms.js';
import { label, say, DECISIONS, ERASURE, KINDS, OBSERVED_ON, STAGES } from '../labels.js';
import { confirmErasure, erasedNote, erasure, shown, shownText } from '../erasure.js';
import { notMember, teamHeader } from './team.js';
import { measuresSection } from './measures.js';
import { startedOnField } from './measure-forms.js';
import { keepTyped } from '../keep.js';
import { eraseObservation, formState, observeForm } from './observe-form.js';
import { t } from '../messages/experiments.js';
import { concludedFlow, cycleFacts, observationCorrection, reviseForm } from './experiment-flow.js';
import { locale } from '../i18n.js';

export async function experimentView(main, ctx, teamId, id) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  teamHeader(main, ctx, teamId, 'experiments');
  const body = h('article', { class: 'experiment', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  main.append(body);
  // Just proposed: the query side shows it within moments.
  const experiment = await until(() => get(`/api/experiments/${id}`), (x) => Boolean(x))
    .catch((e) => { fill(body, notice(e, t('theExperiment'))); return undefined; });
  if (experiment === undefined) return;
  if (!experiment) {
    fill(body, h('p', { class: 'notice error' }, t('notFoundExperiment')));
    return;
  }
  render(body, ctx, teamId, experiment);
}

/** after: what the last save left to say ({saved, warnings} of an observation; replaces: the one it corrects). */
function render(body, ctx, teamId, x, after = {}, keep = null) {
  document.title = t('titleExperiment', shownText(x.question, x));
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
      [t('weExpect'), shown(x.prediction, x)],
      [t('whatWeChange'), shown(x.plan, x)],
      [t('whatWeObserve'), shown(x.measures, x)],
      [t('triesTheShared'), x.basedOn ? h('a', { href: `#/learning/${x.basedOn}` }, t('openIt')) : null],
      [t('note'), x.withdrawalNotice ? t('basedOnWithdrawn', formatDate(x.withdrawalNotice.withdrawnAt)) : null],
      ...cycleFacts(teamId, x),
      [t('proposedLabel'), time(x.proposedAt)],
      [t('revisedLabel'), time(x.revisedAt)],
      [t('started'), x.startedOn ? h('time', { datetime: x.startedOn }, formatDate(`${x.startedOn}T12:00:00`)) : time(x.startedAt)],
      [t('ended'), time(x.endedAt)],
      [t('decision'), x.decision ? [`${label(DECISIONS, x.decision)}: `, shown(x.summary, x) || ''] : null],
      [t('whyStopped'), x.status === 'ABANDONED' ? shown(x.abandonReason, x) : null],
    ]),
    observations(ctx, x, refresh),
    body.measures,
    erased ? null : actions(ctx, x, refresh, after, keep),
    erased ? null : concludedFlow(ctx, teamId, x),
    erased ? null : eraseExperiment(ctx, x, refresh));
  body.removeAttribute('aria-busy');
}

function observations(ctx, x, refresh) {
  const items = x.observations || [];
  return h('section', { 'aria-labelledby': 'obs-h' },
    h('h3', { id: 'obs-h' }, t('observations', items.length)),
    items.length ? h('ul', { class: 'observations' }, items.map((o) => {
      const gone = erasure(o, x);
      const textId = `obs-text-${o.observationId}`;
      return h('li', { class: `obs obs-${o.kind.toLowerCase()}${gone ? ' obs-erased' : ''}`, dataset: { observation: o.observationId } },
        h('p', { class: 'meta' }, label(KINDS, o.kind), ' · ', observedOn(o.observedOn), ' · ',
          `${say(OBSERVED_ON.recorded)} `, time(o.recordedAt)),
        gone && (o.text === null || o.text === undefined) ? h('p', { id: textId, tabindex: '-1' }, erasedNote(gone))
          : o.kind.endsWith('_VOICE') ? h('blockquote', { id: textId }, o.text) : h('p', { id: textId }, o.text),
        o.value !== null && o.value !== undefined ? h('p', { class: 'value' }, t('value', formatNumber(o.value))) : null,
        gone ? (o.history?.length ? h('p', { class: 'meta' }, t('corrected')) : null) : observationCorrection(ctx, x, o, refresh),
        gone ? null : h('p', { class: 'obs-actions' }, h('button', {
          type: 'button', class: 'link erase', 'aria-label': say(ERASURE.eraseObservationLabel), 'aria-describedby': textId,
          onclick: () => eraseObservation(ctx, x, o, refresh),
        }, say(ERASURE.eraseObservation))));
    }))
      : h('p', { class: 'empty' }, x.status === 'PROPOSED' ? t('observeOnceStarted') : t('noObservations')));
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
  const shown = new Date(y, m - 1, d).toLocaleDateString(locale(), { dateStyle: 'medium' });
  return h('span', { class: 'observed-on' }, `${say(OBSERVED_ON.label)} `, h('time', { datetime: day }, shown));
}

function actions(ctx, x, refresh, after, keep) {
  if (x.status === 'CONCLUDED' || x.status === 'ABANDONED') return null;
  const section = h('section', { class: 'next-steps', 'aria-labelledby': 'next-h' }, h('h3', { id: 'next-h' }, t('nextSteps')));
  if (x.status === 'PROPOSED') section.append(startForm(ctx, x, refresh), reviseForm(ctx, x, refresh));
  if (x.status === 'STARTED') section.append(...observeForm(ctx, x, refresh, after, keep).filter(Boolean), concludeForm(ctx, x, refresh));
  section.append(abandonForm(ctx, x, refresh));
  return section;
}

function startForm(ctx, x, refresh) {
  const form = h('form', { class: 'inline', 'aria-label': t('start') },
    h('p', {}, t('ready')),
    startedOnField(),
    h('button', { type: 'submit', class: 'primary' }, t('start')));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/start`, v.startedOn ? { startedOn: v.startedOn } : undefined), async () => {
    ctx.announce(t('startedSaid'));
    await refresh((y) => y.status !== 'PROPOSED');
  });
  return form;
}

function concludeForm(ctx, x, refresh) {
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'conclude-h' },
    h('h4', { id: 'conclude-h' }, t('conclude')),
    radios({ name: 'decision', legend: t('decide'), options: DECISIONS }),
    field({ name: 'summary', label: t('summary'), type: 'textarea', rows: 3, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('concludeSubmit'))));
  keepTyped(form, `conclude.${x.id}`, ['decision', 'summary'], ctx.announce);
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/conclusion`, { decision: v.decision, summary: v.summary }),
    async () => {
      ctx.announce(t('concluded'));
      await refresh((y) => y.status === 'CONCLUDED');
    });
  return form;
}

function abandonForm(ctx, x, refresh) {
  const form = h('form', { class: 'stack', novalidate: true },
    field({ name: 'reason', label: t('whyStop'), type: 'textarea', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('abandon'))));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/abandonment`, { reason: v.reason }), async () => {
    ctx.announce(t('abandoned'));
    await refresh((y) => y.status === 'ABANDONED');
  });
  return h('details', { class: 'panel quiet' }, h('summary', {}, t('abandon')), form);
}
