// A team's learnings (drafts and shared ones), what stewards said about them, and a form for a new draft.
import { command, get } from '../api.js';
import { formatDate, h, time } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { say, tierLabel, WARNINGS } from '../labels.js';
import { shownText } from '../erasure.js';
import { stash } from '../warnings.js';
import { notMember, teamHeader } from './team.js';
import { learningBody, learningFields, TEXT_FIELDS } from './learning-form.js';
import { liveGuard } from '../live-guard.js';
import { keepTyped } from '../keep.js';
import { t } from '../messages/learnings.js';

/** from: a concluded experiment of the team that the draft form opens prefilled from (nothing is shared by it). */
export async function learningsView(main, ctx, teamId, from) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  const team = teamHeader(main, ctx, teamId, 'learnings');
  document.title = t('titleLearnings', team.name);
  const [experiments, learnings, visible, source] = await Promise.all([
    get(`/api/teams/${teamId}/experiments`).catch(() => []),
    get(`/api/teams/${teamId}/learnings`).catch((e) => e),
    get('/api/learnings').catch(() => []),
    from ? get(`/api/experiments/${from}`).catch(() => null) : null,
  ]);
  const others = Array.isArray(visible) ? visible.filter((l) => l.teamId !== teamId && l.version) : [];
  const x = source?.teamId === teamId ? source : null;
  main.append(draftForm(ctx, teamId, experiments, others, x));
  if (x) main.querySelector('form [name=title]')?.focus();
  const list = h('section', { 'aria-labelledby': 'learnings-h' }, h('h2', { id: 'learnings-h' }, t('theTeamsLearnings')));
  main.append(list);
  if (!Array.isArray(learnings)) { list.append(notice(learnings, t('theList'))); return; }
  list.append(learnings.length ? h('ul', { class: 'cards' }, learnings.map((l) => h('li', { class: 'card', 'data-learning': l.learningId },
    h('a', { href: `#/team/${teamId}/learnings/${l.learningId}` }, shownText(l.title, l.draft, l) || t('untitled')),
    h('p', { class: 'meta' },
      l.withdrawn ? t('withdrawn') : tierLabel(l.tier),
      l.version ? t('versionOn', l.version, formatDate(l.publishedAt)) : '',
      l.endorsements ? t('endorsedTimes', l.endorsements) : ''))))
    : h('p', { class: 'empty' }, t('noLearnings')));
  main.append(await received(ctx, teamId));
}

/** Invitations and endorsements from stewards, for the team's shared learnings: one request for them all. */
async function received(ctx, teamId) {
  const section = h('section', { 'aria-labelledby': 'received-h' }, h('h2', { id: 'received-h' }, t('fromStewards')));
  let answers;
  try {
    answers = await get(`/api/teams/${teamId}/learnings/received`);
  } catch (e) {
    section.append(notice(e, t('fromStewards')));
    return section;
  }
  const items = [];
  for (const d of answers) {
    const title = shownText(d.title, d) || t('untitled');
    const link = h('a', { href: `#/team/${teamId}/learnings/${d.learningId}` }, title);
    for (const i of d.invitations || []) {
      items.push({ at: i.invitedAt, el: h('li', { class: 'invitation' }, t('invites', ctx.regionName(i.stewardRegionId)),
        link.cloneNode(true), t('invitesWith', i.tier), time(i.invitedAt)) });
    }
    for (const e of d.endorsements || []) {
      items.push({ at: e.endorsedAt, el: h('li', { class: 'endorsement' }, t('endorsedBy', ctx.regionName(e.stewardRegionId)),
        link.cloneNode(true), e.note ? [': ', h('q', {}, e.note)] : shownText(e.note, e) ? `: ${shownText(e.note, e)}` : '', ' · ', time(e.endorsedAt)) });
    }
  }
  items.sort((a, b) => String(b.at).localeCompare(String(a.at)));
  section.append(items.length ? h('ul', { class: 'received' }, items.map((i) => i.el))
    : h('p', { class: 'empty' }, t('noneReceived')));
  return section;
}

/** x: the experiment the draft starts from (title from its question, summary from its conclusion, it as evidence). */
function draftForm(ctx, teamId, experiments, others, x) {
  const start = x ? { title: x.question || '', summary: x.summary || '', evidence: [x.id] } : {};
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': t('draft') },
    x ? h('p', { class: 'notice info from-experiment' }, t('draftFromExperiment', shownText(x.question, x))) : null,
    h('p', { class: 'hint' }, t('draftHint')),
    learningFields(start, experiments, others),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('saveDraft'))));
  liveGuard(form, TEXT_FIELDS);
  keepTyped(form, x ? `draft.${teamId}.from.${x.id}` : `draft.${teamId}`, TEXT_FIELDS, ctx.announce);
  onSubmit(form, (v) => command('POST', `/api/teams/${teamId}/learnings`, { learningId: stableId(form), ...learningBody(v) })
    .then((result) => ({ ...result, texts: learningBody(v) })),
    (result) => {
      renewId(form);
      form.reset();
      const warnings = result.warnings || [];
      // the learning's page says what the guard found, right after it opens (the first revision is 1)
      if (warnings.length) stash(result.learningId, { warnings, texts: result.texts, revision: result.revision ?? 1 });
      ctx.announce(warnings.length ? say(WARNINGS.announceDraft) : t('draftSaved'));
      ctx.go(`#/team/${teamId}/learnings/${result.learningId}`);
    });
  return h('details', { class: 'panel', open: Boolean(x) }, h('summary', {}, t('draft')), form);
}
