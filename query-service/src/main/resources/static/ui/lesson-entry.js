// An approved lesson where it reads like a learning: its feed entry (SSE event `lesson`) and the landscape's
// table of lessons. A lesson is its region's, written by no team, so it shows the region, never a team; once
// erased its texts are null and `erasedAt` stands in their place.
import { formatDate, formatTime, h } from './dom.js';
import { erasureDate } from './labels.js';
import { t } from './messages/lessons.js';

/** What stands where an erased lesson's text was. */
function erased(d) {
  const on = erasureDate(d.erasedAt);
  const text = d.erasedBy === 'REVIEWER' ? t('erasedByReviewer', on)
    : d.erasedBy === 'ADMINISTRATOR' ? t('erasedByAdministrator', on) : t('erased', on);
  return h('span', { class: 'erased', dataset: { erasedAt: d.erasedAt, erasedBy: d.erasedBy || '' } }, text);
}

const text = (value, d) => (value ?? (d.erasedAt ? erased(d) : ''));

/** The feed's item of an approved lesson. */
export function lessonFeedItem(ctx, d) {
  return h('li', { class: 'feed-item feed-lesson', dataset: { kind: 'lesson', lesson: d.lessonId, position: String(d.position || '') } },
    h('p', { class: 'meta' }, d.approvedAt ? h('time', { datetime: d.approvedAt }, formatTime(d.approvedAt)) : null,
      ' · ', t('sharedLesson', ctx.regionName(d.regionId)), ' — ', t(d.tier)),
    h('p', {}, h('strong', {}, text(d.title, d))),
    d.summary ? h('p', { class: 'summary' }, d.summary) : null,
    d.practice ? h('p', {}, `${t('practice')}: `, d.practice) : null);
}

/** The landscape's table of approved lessons as of its date, latest first. */
export function lessonsSection(ctx, lessons) {
  const body = lessons.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'landscape-table lessons-table' },
    h('caption', { class: 'visually-hidden' }, t('lessonsTitle')),
    h('thead', {}, h('tr', {}, [t('colLesson'), t('colRegion'), t('colTier'), t('colSince')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, lessons.map((l) => h('tr', { 'data-lesson': l.lessonId },
      h('th', { scope: 'row' }, text(l.title, l)),
      h('td', {}, ctx.regionName(l.regionId)),
      h('td', {}, t(l.tier)),
      h('td', {}, formatDate(l.approvedAt)))))))
    : h('p', { class: 'empty' }, t('noLessons'));
  return h('section', { 'aria-labelledby': 'lessons-h', class: 'lessons' },
    h('h3', { id: 'lessons-h' }, t('lessonsTitle')), h('p', { class: 'hint' }, t('lessonsHint')), body);
}
