// One confidential report as its region's reviewers read it: texts, additions, replies, triage history and
// lessons (drafts with "Approve and publish" for a second reviewer), and the forms to answer and triage it.
import { command, get, until } from '../api.js';
import { fill, formatTime, h } from '../dom.js';
import { notice } from '../errors.js';
import { t } from '../messages/reports.js';
import { texts } from './receipt.js';
import { lessonForm, replyForm, triageForm } from './review-forms.js';

const read = (id) => get(`/api/reports/${id}`);

export async function reviewView(main, ctx, id) {
  const page = h('div', { class: 'review' });
  main.append(page);
  draw(ctx, page, await read(id));
}

/** After an action: waits until the query side shows it, redraws, focuses `focus`, says `said`. */
async function after(ctx, page, id, done, focus, said) {
  const report = await until(() => read(id), done);
  draw(ctx, page, report);
  page.querySelector(focus)?.focus();
  ctx.announce(said);
}

function draw(ctx, page, r) {
  const when = (iso) => h('time', { datetime: iso }, formatTime(iso));
  const again = (done, focus, said) => after(ctx, page, r.id, done, focus, said);
  fill(page,
    h('p', {}, h('a', { href: '#/reviews' }, t('back'))),
    h('h1', {}, t('reportTitle', t(r.kind))),
    h('p', { class: 'state' }, t('stateIs'), ' ', h('strong', { class: 'badge state', dataset: { state: r.state } }, t(r.state)),
      ' · ', ctx.regionName(r.regionId), ' · ', t('sentOn'), ' ', when(r.submittedAt)),
    texts(r),
    (r.additions || []).length ? [h('h2', {}, t('additions')), h('ul', { class: 'thread additions' },
      r.additions.map((a) => h('li', {}, a.text, ' · ', when(a.addedAt))))] : null,
    h('h2', { id: 'replies-h', tabindex: '-1' }, t('replies')),
    (r.replies || []).length ? h('ul', { class: 'thread replies' }, r.replies.map((x) => h('li', {},
      h('span', { class: 'text' }, x.text), ' · ', t('by', x.reviewerId), ' · ', when(x.repliedAt)))) : h('p', { class: 'empty' }, t('noReplies')),
    replyForm(r, (replyId) => again((v) => v.replies.some((x) => x.replyId === replyId), '#replies-h', t('replied'))),
    h('h2', { id: 'history-h', tabindex: '-1' }, t('history')),
    (r.triage || []).length ? h('ol', { class: 'thread triage' }, r.triage.map((x) => h('li', {},
      h('strong', {}, t(x.state)), ': ', x.reason, ' · ', t('by', x.reviewerId), ' · ', when(x.triagedAt)))) : h('p', { class: 'empty' }, t('noHistory')),
    triageForm(r, (n) => again((v) => (v.triage || []).length > n, '#history-h', t('triaged'))),
    h('h2', { id: 'lessons-h', tabindex: '-1' }, t('lessons')),
    (r.lessons || []).length ? h('ul', { class: 'lessons' }, r.lessons.map((l) => lesson(ctx, l, again))) : h('p', { class: 'empty' }, t('noDrafts')),
    lessonForm(r, (lessonId) => again((v) => v.lessons.some((l) => l.lessonId === lessonId), '#lessons-h', t('drafted'))));
}

function lesson(ctx, l, again) {
  const mine = l.draftedBy === ctx.me.userId;
  const approve = async (event) => {
    event.target.disabled = true;
    try {
      await command('POST', `/api/lessons/${l.lessonId}/approvals`, {});
      await again((v) => v.lessons.some((x) => x.lessonId === l.lessonId && x.approvedAt), '#lessons-h', t('approved'));
    } catch (e) {
      event.target.disabled = false;
      event.target.after(notice(e, t('approve')));
    }
  };
  return h('li', { dataset: { lesson: l.lessonId } },
    h('strong', {}, l.title), ` (${t(l.tier)}) · `, t('by', l.draftedBy), ' · ',
    l.approvedAt ? h('span', { class: 'published' }, `${t('published')} `, formatTime(l.approvedAt))
      : [h('span', { class: 'draft' }, t('draft')), ' ', mine ? h('span', { class: 'waiting' }, t('waiting'))
        : h('button', { type: 'button', class: 'approve', onclick: approve }, t('approve'))]);
}
