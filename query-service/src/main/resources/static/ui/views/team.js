// A team's experiments by stage, and the form to propose a new one.
import { command, get } from '../api.js';
import { field, fill, formatDate, h } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { label, DECISIONS, STAGES } from '../labels.js';
import { shown, shownText } from '../erasure.js';
import { keepTyped } from '../keep.js';

export function teamHeader(main, ctx, teamId, current) {
  const team = ctx.myTeam(teamId);
  const tab = (hash, text, key) => h('li', {}, h('a', { href: hash, 'aria-current': key === current ? 'page' : null }, text));
  main.append(
    h('p', { class: 'eyebrow' }, `${ctx.regionName(team.regionId)} · ${team.focus.replace(/-/g, ' ')}`),
    h('h1', {}, team.name),
    h('nav', { class: 'tabs', 'aria-label': 'Team' }, h('ul', {},
      tab(`#/team/${teamId}`, 'Experiments', 'experiments'),
      tab(`#/team/${teamId}/learnings`, 'Learnings', 'learnings'))));
  return team;
}

export function notMember(main) {
  main.append(h('h1', {}, 'Not found'),
    h('p', {}, 'This could not be found. It may not exist, or it may belong to a team you are not a member of.'));
}

export async function teamView(main, ctx, teamId) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  const team = teamHeader(main, ctx, teamId, 'experiments');
  document.title = `${team.name} · Experiments`;
  const list = h('div', { class: 'stages', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading experiments…'));
  const shared = await get('/api/learnings').catch(() => []);
  const others = shared.filter((l) => l.teamId !== teamId && l.version);
  main.append(proposeForm(ctx, teamId, others), h('h2', { class: 'visually-hidden' }, 'Experiments by stage'), list);
  await renderExperiments(list, teamId);
}

async function renderExperiments(list, teamId) {
  let experiments;
  try {
    experiments = await get(`/api/teams/${teamId}/experiments`);
  } catch (e) {
    fill(list, notice(e, 'The team’s experiments'));
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
          `proposed ${formatDate(x.proposedAt)}`,
          x.basedOn ? ' · tries a shared learning' : ''))))
        : h('p', { class: 'empty' }, 'None.'));
  }));
  list.removeAttribute('aria-busy');
}

function proposeForm(ctx, teamId, others) {
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': 'Propose an experiment' },
    field({ name: 'question', label: 'What do you want to find out?', type: 'textarea', rows: 2, required: true,
      hint: 'For example: Does meeting each parent alone first calm joint meetings?' }),
    field({ name: 'prediction', label: 'What do you expect to happen?', type: 'textarea', rows: 2, required: true }),
    field({ name: 'plan', label: 'What will you change, and with whom?', type: 'textarea', rows: 3, required: true }),
    field({ name: 'measures', label: 'What will you observe or count?', type: 'textarea', rows: 2, required: true }),
    others.length ? field({ name: 'basedOn', label: 'Does it try a learning another team shared?', type: 'select', value: '',
      hint: 'Optional. When your team later shares what it found, that team sees it too.',
      options: [{ value: '', label: '— no —' }, ...others.map((l) => ({ value: l.learningId, label: `${shownText(l.title, l)} (${l.teamName})` }))] }) : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Propose the experiment')));
  keepTyped(form, `propose.${teamId}`, ['question', 'prediction', 'plan', 'measures'], ctx.announce);
  onSubmit(form, (v) => {
    const experimentId = stableId(form);
    return command('POST', `/api/teams/${teamId}/experiments`, {
      experimentId, question: v.question, prediction: v.prediction, plan: v.plan, measures: v.measures, basedOn: v.basedOn || null,
    });
  }, (result) => {
    renewId(form);
    form.reset();
    ctx.announce('The experiment is proposed.');
    ctx.go(`#/team/${teamId}/experiments/${result.experimentId}`);
  });
  return h('details', { class: 'panel' }, h('summary', {}, 'Propose an experiment'), form);
}
