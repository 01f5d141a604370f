// Feed entries of case reviews (SSE event `case-review`: a published snapshot's findings and issues, never the
// chronology or who took part; blanked once withdrawn or erased) and of challenges (`challenge`, step raised or
// answered). Each links to its view; a challenge names its team or "a steward", never a person.
import { formatTime, h } from './dom.js';
import { t } from './messages/casereviews.js';

const at = (iso) => (iso ? h('time', { datetime: iso }, formatTime(iso)) : null);

export function caseReviewFeedItem(ctx, d) {
  const gone = d.withdrawnAt || d.erasedAt;
  return h('li', { class: 'feed-item feed-case-review', dataset: { kind: 'case-review', caseReview: d.caseReviewId, position: String(d.position || '') } },
    h('p', { class: 'meta' }, at(d.publishedAt), ' · ', t('feedCaseReview', ctx.regionName(d.regionId), t(d.tier))),
    gone ? h('p', { class: 'erased' }, d.erasedAt ? t('erasedBadge') : t('feedWithdrawn'))
      : [h('p', {}, h('a', { href: `#/case-reviews/${d.caseReviewId}` }, h('strong', {}, d.title || t('openIt')))),
        (d.findings || []).length ? h('ul', { class: 'summary' }, d.findings.map((f) => h('li', {}, f.text))) : null]);
}

export function challengeFeedItem(ctx, d) {
  const who = d.teamId ? t('raisedByTeam', ctx.teamName(d.teamId)) : t('raisedBySteward', ctx.regionName(d.regionId));
  const answered = d.step === 'answered';
  return h('li', { class: 'feed-item feed-challenge', dataset: { kind: 'challenge', challenge: d.challengeId, step: d.step || '', position: String(d.position || '') } },
    h('p', { class: 'meta' }, at(answered ? d.answeredAt : d.raisedAt), ' · ', t('sharedWith', t(d.tier))),
    h('p', {}, answered ? t('feedAnswered', t(d.answer)) : t('feedRaised', who), ': ',
      h('a', { href: `#/challenges/${d.challengeId}` }, d.target || (d.erasedAt ? t('erasedBadge') : t('openIt')))),
    answered && d.rationale ? h('p', { class: 'summary' }, d.rationale) : !answered && d.perverseEffect ? h('p', { class: 'summary' }, d.perverseEffect) : null);
}
