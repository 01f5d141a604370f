// Challenges the reader may see (those raised to a tier she reads), each with its answer and outcome review,
// and a clear mark on those left unanswered for over 30 days; the form to raise one; for a steward of the
// challenge's region or an administrator, the forms to answer it and to review its outcome.
import { get, until } from '../api.js';
import { fill, formatDate, formatTime, h } from '../dom.js';
import { notice } from '../errors.js';
import { day } from '../i18n.js';
import { t } from '../messages/casereviews.js';
import { answerForm, outcomeForm, raiseForm } from './challenge-forms.js';
import { text } from './case-review-items.js';
import { ownExperiments } from './case-review.js';
import { t as ta } from '../messages/app.js';

const one = (id) => get(`/api/challenges/${id}`);
/** What the reader may cite: shared learnings, and the experiments of her teams ({id, title, href}). */
const citable = async (ctx) => {
  const [learnings, own] = await Promise.all([get('/api/learnings').catch(() => []), ownExperiments(ctx)]);
  return [...learnings.filter((l) => l.version && l.title).map((l) => ({ id: l.learningId, title: l.title, href: `#/learning/${l.learningId}` })),
    ...own.filter((x) => x.question).map((x) => ({ id: x.id, title: `${x.teamName}: ${x.question}`, href: `#/team/${x.teamId}/experiments/${x.id}` }))];
};

export async function challengesView(main, ctx) {
  document.title = `${t('challengesTitle')} · ${ta('ledger')}`;
  const page = h('div', { class: 'challenges' });
  main.append(page);
  const learnings = await citable(ctx);
  const draw = async (focus, said) => {
    let list;
    try {
      list = await get('/api/challenges');
    } catch (e) {
      fill(page, h('h1', {}, t('challengesTitle')), notice(e, t('challengesTitle')));
      return;
    }
    const again = (id, done, said2) => until(() => one(id), done, { timeout: 10_000 }).then(() => draw(`#challenge-h-${id}`, said2));
    fill(page, h('h1', {}, t('challengesTitle')), h('p', {}, t('challengesIntro')),
      list.length ? h('ul', { class: 'challenge-list' }, list.map((c) => h('li', {}, card(ctx, c, 'h2', learnings, again))))
        : h('p', { class: 'empty' }, t('noChallenges')),
      raiseForm(ctx, learnings, (id) => again(id, (c) => !!c, t('raised'))));
    if (focus) page.querySelector(focus)?.focus();
    if (said) ctx.announce(said);
  };
  await draw();
}

export async function challengeView(main, ctx, id) {
  const page = h('div', { class: 'challenge' });
  main.append(page);
  const learnings = await citable(ctx);
  const draw = (c, focus, said) => {
    const again = (cid, done, said2) => until(() => one(cid), done, { timeout: 10_000 }).then((next) => draw(next || c, `#challenge-h-${cid}`, said2));
    document.title = `${t('navChallenges')} · ${ta('ledger')}`;
    fill(page, h('p', {}, h('a', { href: '#/challenges' }, t('allChallenges'))), card(ctx, c, 'h1', learnings, again));
    if (focus) page.querySelector(focus)?.focus();
    if (said) ctx.announce(said);
  };
  draw(await until(() => one(id), (c) => !!c, { timeout: 8000 }).then((c) => c || one(id)));
}

const canAnswer = (ctx, c) => (ctx.me.roles || []).includes('admin') || (ctx.me.stewardOf || []).some((r) => r.regionId === c.regionId);

/** again(id, done, said): waits until the challenge shows `done`, redraws and focuses its heading. */
export function card(ctx, c, level, learnings, again) {
  const when = (iso) => h('time', { datetime: iso }, formatTime(iso));
  const cited = (c.evidence || []).map((id) => learnings.find((l) => l.id === id)).filter(Boolean);
  const answer = c.answer;
  const review = c.outcomeReview;
  const may = canAnswer(ctx, c);
  return h('article', { class: `challenge-card${c.unansweredOver30Days ? ' overdue' : ''}`, dataset: { challenge: c.id } },
    h(level, { id: `challenge-h-${c.id}`, tabindex: '-1' }, h('a', { href: `#/challenges/${c.id}` }, text(c.target, c))),
    h('p', { class: 'meta' }, c.teamId ? t('raisedByTeam', ctx.teamName(c.teamId)) : t('raisedBySteward', ctx.regionName(c.regionId)),
      ' · ', t('sharedWith', t(c.tier)), ' · ', t('raisedOn'), ' ', h('time', { datetime: c.raisedAt }, formatDate(c.raisedAt))),
    c.unansweredOver30Days ? h('p', { class: 'unanswered overdue' }, h('strong', { class: 'badge overdue' }, t('overdue', c.daysUnanswered)))
      : c.daysUnanswered !== null && c.daysUnanswered !== undefined ? h('p', { class: 'unanswered' }, t('waitingAnswer', c.daysUnanswered)) : null,
    h('p', {}, h('span', { class: 'label' }, `${t('perverseLabel')}: `), text(c.perverseEffect, c)),
    (c.evidence || []).length ? h('p', { class: 'evidence' }, t('evidenceCount', c.evidence.length),
      cited.map((l) => [' · ', h('a', { href: l.href }, l.title)])) : null,
    answer ? h('div', { class: 'answer' },
      h('p', {}, h('strong', {}, `${t('answerLabel')}: `), h('span', { class: 'badge answer', dataset: { answer: answer.answer } }, t(answer.answer)),
        ' · ', t('answeredOn'), ' ', when(answer.answeredAt)),
      h('p', {}, h('span', { class: 'label' }, `${t('rationale')}: `), text(answer.rationale, c)),
      h('p', {}, `${t('outcomeReviewOn')}: `, day(answer.outcomeReviewOn))) : null,
    review ? h('div', { class: 'outcome' }, h('p', {}, h('strong', {}, `${t('outcomeReview')}: `), text(review.outcome, c), ' · ', when(review.reviewedAt))) : null,
    may && !c.erasedAt && (!answer || answer.answer === 'UNDER_REVIEW')
      ? answerForm(c, () => again(c.id, (x) => !!x.answer && x.answer.answeredAt !== answer?.answeredAt, t('answeredDone'))) : null,
    may && !c.erasedAt && answer && !review ? outcomeForm(c, () => again(c.id, (x) => !!x.outcomeReview, t('outcomeDone'))) : null);
}
