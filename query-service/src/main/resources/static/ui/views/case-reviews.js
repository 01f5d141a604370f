// The case reviews of each region the reader reviews or takes part in, and, for a learning reviewer of the
// region, the form that opens one (she leads it). The region comes from the path, the lead from the token.
import { command, get } from '../api.js';
import { field, formatDate, h } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit, stableId } from '../forms.js';
import { t } from '../messages/casereviews.js';
import { t as ta } from '../messages/app.js';

export const KINDS = ['AFTER_ACTION_REVIEW', 'SWARM_HUDDLE', 'ROUND_TABLE', 'SYSTEMS_REVIEW'];

/** The regions whose reviews the reader may list: those she reviews, then those of her teams. */
export function readerRegions(ctx) {
  const ids = [...(ctx.me.reviews || []), ...(ctx.me.teams || []).map((x) => x.regionId)].filter(Boolean);
  return [...new Set(ids)];
}

export const isReviewer = (ctx, regionId) => (ctx.me.reviews || []).includes(regionId);

export async function caseReviewsView(main, ctx) {
  document.title = `${t('listTitle')} · ${ta('ledger')}`;
  main.append(h('h1', {}, t('listTitle')), h('p', {}, t('listIntro')));
  for (const regionId of readerRegions(ctx)) {
    const headingId = `cr-region-h-${regionId}`;
    const section = h('section', { class: 'case-review-region', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, ctx.regionName(regionId)));
    main.append(section);
    try {
      const reviews = await get(`/api/regions/${regionId}/case-reviews`);
      section.append(reviews.length ? h('ul', { class: 'case-review-list' }, reviews.map((r) => summary(r)))
        : h('p', { class: 'empty' }, t('noReviews')));
    } catch (e) {
      section.append(notice(e, t('listTitle')));
    }
    if (isReviewer(ctx, regionId)) section.append(openForm(ctx, regionId));
  }
  main.append(await sharedSection(ctx));
}

/** The snapshots published to a tier the reader sees (the landscape's), findings and issues only. */
async function sharedSection(ctx) {
  const section = h('section', { class: 'case-reviews-shared', 'aria-labelledby': 'cr-shared-h' },
    h('h2', { id: 'cr-shared-h' }, t('sharedTitle')), h('p', { class: 'hint' }, t('sharedHint')));
  try {
    const reviews = (await get('/api/landscape')).caseReviews || [];
    section.append(reviews.length ? h('ul', { class: 'case-review-list shared' }, reviews.map((r) => h('li', { dataset: { caseReview: r.caseReviewId } },
      h('a', { href: `#/case-reviews/${r.caseReviewId}` }, r.title ?? t('erasedBadge')), ' · ', t(r.reviewKind), ' · ',
      ctx.regionName(r.regionId), ' · ', t('sharedWith', t(r.tier)), ' · ', h('time', { datetime: r.publishedAt }, formatDate(r.publishedAt)))))
      : h('p', { class: 'empty' }, t('noShared')));
  } catch (e) {
    section.append(notice(e, t('sharedTitle')));
  }
  return section;
}

function summary(r) {
  return h('li', { dataset: { caseReview: r.id } },
    h('a', { href: `#/case-reviews/${r.id}` }, r.title ?? t('erasedBadge')), ' · ', t(r.kind),
    ' · ', t('openedOn'), ' ', h('time', { datetime: r.openedAt }, formatDate(r.openedAt)),
    r.publishedTier && !r.withdrawnAt ? [' · ', h('span', { class: 'badge published' }, t('sharedWith', t(r.publishedTier)))] : null,
    r.withdrawnAt ? [' · ', h('span', { class: 'badge withdrawn' }, t('withdrawnBadge'))] : null,
    r.erasedAt ? [' · ', h('span', { class: 'badge erased' }, t('erasedBadge'))] : null);
}

function openForm(ctx, regionId) {
  const headingId = `cr-open-h-${regionId}`;
  const form = h('form', { class: 'open-case-review', 'aria-labelledby': headingId, novalidate: true },
    h('h3', { id: headingId }, t('openTitle')),
    h('p', { class: 'hint' }, t('openIntro')),
    field({ name: 'kind', label: t('kind'), type: 'select', required: true, value: KINDS[0],
      options: KINDS.map((k) => ({ value: k, label: t(k) })) }),
    field({ name: 'title', label: t('title'), required: true, hint: t('titleHint'), attrs: { maxlength: 200 } }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('openSend'))));
  onSubmit(form, (v) => command('POST', `/api/regions/${regionId}/case-reviews`,
    { caseReviewId: stableId(form), kind: v.kind, title: v.title }), (answer) => {
    ctx.announce(t('opened'));
    ctx.go(`#/case-reviews/${answer.caseReviewId}`);
  });
  return form;
}
