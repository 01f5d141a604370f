// The reviewers' queue: the confidential reports of each region the reader reviews, newest first, with state.
import { get } from '../api.js';
import { formatTime, h } from '../dom.js';
import { notice } from '../errors.js';
import { t } from '../messages/reports.js';

export async function reviewsView(main, ctx) {
  main.append(h('h1', {}, t('reviewsTitle')), h('p', {}, t('reviewsIntro')));
  for (const regionId of ctx.me.reviews || []) {
    const headingId = `region-h-${regionId}`;
    const section = h('section', { class: 'region-reports', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, ctx.regionName(regionId)));
    main.append(section);
    try {
      const reports = await get(`/api/regions/${regionId}/reports`);
      section.append(reports.length ? h('ul', { class: 'report-list' }, reports.map((r) => h('li', { dataset: { report: r.id } },
        h('a', { href: `#/reviews/${r.id}` }, t(r.kind)), ' · ',
        h('span', { class: 'badge state', dataset: { state: r.state } }, t(r.state)), ' · ',
        h('time', { datetime: r.submittedAt }, formatTime(r.submittedAt)),
        r.lastActivityAt && r.lastActivityAt !== r.submittedAt ? [` · ${t('lastActivity')} `, formatTime(r.lastActivityAt)] : null)))
        : h('p', { class: 'empty' }, t('noReports')));
    } catch (e) {
      section.append(notice(e, t('reviewsTitle')));
    }
  }
}
