// A team's experiments by stage, and the form to propose a new one.
import { command, get } from '../api.js';
import { field, fill, formatDate, h } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { label, DECISIONS, STAGES } from '../labels.js';
import { shown, shownText } from '../erasure.js';
import { keepTyped } from '../keep.js';
import { t } from '../messages/experiments.js';
import { focusName } from '../messages/screens.js';

export function teamHeader(main, ctx, teamId, current) {
  const team = ctx.myTeam(teamId);
  const tab = (hash, text, key) => h('li', {}, h('a', { href: hash, 'aria-current': key === current ? 'page' : null }, text));
  main.append(
    h('p', { class: 'eyebrow' }, `${ctx.regionName(team.regionId)} · ${focusName(team.focus)}`),
    h('h1', {}, team.name),
    h('nav', { class: 'tabs', 'aria-label': t('teamTabs') }, h('ul', {},
      tab(`#/team/${teamId}`, t('tabExperiments'), 'experiments'),
      tab(`#/team/${teamId}/learnings`, t('tabLearnings'), 'learnings'))));
  return team;
}

export function notMember(main) {
  main.append(h('h1', {}, t('notFound')),
    h('p', {}, t('notMember')));
}

/** follows: a concluded experiment of the team whose next cycle the proposal form opens prefilled with. */
export async function teamView(main, ctx, teamId, follows) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  const team = teamHeader(main, ctx, teamId, 'experiments');
  document.title = t('titleExperiments', team.name);
  const list = h('div', { class: 'stages', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loadingExperiments')));
  const [shared, earlier] = await Promise.all([get('/api/learnings').catch(() => []),
    follows ? get(`/api/experiments/${follows}`).catch(() => null) : null]);
  const others = shared.filter((l) => l.teamId !== teamId && l.version);
  const form = proposeForm(ctx, teamId, others, earlier?.teamId === teamId ? earlier : null);
  main.append(form, h('h2', { class: 'visually-hidden' }, t('byStage')), list);
  if (form.open) form.querySelector('textarea')?.focus();
  await renderExperiments(list, teamId);
}

async function renderExperiments(list, teamId) {
  let experiments;
  try {
    experiments = await get(`/api/teams/${teamId}/experiments`);
  } catch (e) {
    fill(list, notice(e, t('theTeamsExperiments')));
    list.removeAttribute('aria-busy');
    return;
  }
  fill(list, ...STAGES.map((stage) => {
    const mine = experiments.filter((x) => x.status === stage.value);
    const headingId = `stage-${stage.value.toLowerCase()}`;
    return h('section', { class: 'stage', 'aria-labelledby': headingId, 'data-stage': stage.value },
      h('h3', { id: headingId }, `${stage.label} `, h('span', { class: 'count' }, `(${mine.length})`)),
      h('p', { class: 'hint' }, stage.hint),
      mine.length ? h('ul', { class: 'cards' }, mine.map((x) => h('li', { class: 'card', 'data-experiment': x.id },
        h('a', { href: `#/team/${teamId}/experiments/${x.id}` }, shown(x.question, x)),
        h('p', { class: 'meta' },
          x.decision ? `${label(DECISIONS, x.decision)} · ` : '',
          t('proposedOn', formatDate(x.proposedAt)),
          x.basedOn ? t('triesShared') : ''))))
        : h('p', { class: 'empty' }, t('none')));
  }));
  list.removeAttribute('aria-busy');
}

/** earlier: the concluded experiment this proposal is the next cycle of (its texts to start from), or null. */
function proposeForm(ctx, teamId, others, earlier) {
  // the next cycle tries the same learning as the one it follows
  const basedOn = earlier?.basedOnKind === 'learning' ? earlier.basedOn : '';
  const options = [{ value: '', label: t('no') }, ...others.map((l) => ({ value: l.learningId, label: `${shownText(l.title, l)} (${l.teamName})` }))];
  if (basedOn && !options.some((o) => o.value === basedOn)) options.push({ value: basedOn, label: t('sameLearning') });
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': t('propose') },
    earlier ? h('p', { class: 'notice info next-cycle' }, t('nextCycleOf', shownText(earlier.question, earlier))) : null,
    field({ name: 'question', label: t('question'), type: 'textarea', rows: 2, required: true, value: earlier?.question || '',
      hint: t('questionHint') }),
    field({ name: 'prediction', label: t('prediction'), type: 'textarea', rows: 2, required: true, value: earlier?.prediction || '' }),
    field({ name: 'plan', label: t('plan'), type: 'textarea', rows: 3, required: true, value: earlier?.plan || '' }),
    field({ name: 'measures', label: t('measures'), type: 'textarea', rows: 2, required: true, value: earlier?.measures || '' }),
    options.length > 1 ? field({ name: 'basedOn', label: t('basedOn'), type: 'select', value: basedOn,
      hint: t('basedOnHint'), options }) : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('proposeSubmit'))));
  keepTyped(form, earlier ? `propose.${teamId}.next.${earlier.id}` : `propose.${teamId}`,
    ['question', 'prediction', 'plan', 'measures'], ctx.announce);
  onSubmit(form, (v) => {
    const experimentId = stableId(form);
    return command('POST', `/api/teams/${teamId}/experiments`, {
      experimentId, question: v.question, prediction: v.prediction, plan: v.plan, measures: v.measures, basedOn: v.basedOn || null,
      follows: earlier ? earlier.id : null,
    });
  }, (result) => {
    renewId(form);
    form.reset();
    ctx.announce(t('proposed'));
    ctx.go(`#/team/${teamId}/experiments/${result.experimentId}`);
  });
  return h('details', { class: 'panel', open: Boolean(earlier) }, h('summary', {}, earlier ? t('startNextCycle') : t('propose')), form);
}
