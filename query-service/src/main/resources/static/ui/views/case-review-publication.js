// Sharing a case review: a reviewer of the region proposes the de-identified snapshot for a tier (what it
// shares is shown, and that the chronology and participants are not), a second reviewer approves it (the
// proposer is told why she cannot), a reviewer withdraws it. The actor is the token's; the tier is the body's.
import { command } from '../api.js';
import { field, formatTime, h } from '../dom.js';
import { summary } from '../errors.js';
import { onSubmit } from '../forms.js';
import { t } from '../messages/casereviews.js';
import { findingItem, issueItem, refusedByGuard } from './case-review-items.js';
import { isReviewer } from './case-reviews.js';

const TIERS = ['REGION', 'NATION'];
const send = (text) => h('div', { class: 'actions' }, h('button', { type: 'submit' }, text));

/** again(done, focus, said): waits for the query side, redraws, focuses, says. */
export function publicationSection(ctx, r, again) {
  const reviewer = isReviewer(ctx, r.regionId);
  const versions = r.versions || [];
  const latest = versions[versions.length - 1];
  const published = versions.some((v) => v.publishedAt) && !r.withdrawnAt;
  return h('section', { class: 'publication', 'aria-labelledby': 'publication-h' },
    h('h2', { id: 'publication-h', tabindex: '-1' }, t('publication')),
    h('p', {}, t('shareIntro')),
    h('p', { class: 'not-shared' }, h('strong', {}, t('notShared', (r.chronology || []).length, (r.participants || []).length))),
    r.withdrawnAt ? h('p', { class: 'withdrawn' }, t('withdrawnOn', formatTime(r.withdrawnAt), r.withdrawalReason ?? '')) : null,
    versions.length ? h('ol', { class: 'versions' }, versions.map((v) => version(ctx, r, v, v === latest, reviewer, again))) : null,
    latest ? snapshot(latest, r) : null,
    reviewer && !r.erasedAt ? proposeForm(r, versions.length, again) : !reviewer ? h('p', { class: 'hint' }, t('notReviewer')) : null,
    reviewer && published ? withdrawForm(r, again) : null);
}

function version(ctx, r, v, latest, reviewer, again) {
  const mine = v.proposedBy === ctx.me.userId;
  let state;
  if (v.publishedAt) {
    state = [h('span', { class: 'badge published' }, t('publishedOn')), ' ', h('time', { datetime: v.publishedAt }, formatTime(v.publishedAt)),
      v.approvedBy ? ` · ${t('approvedBy', v.approvedBy)}` : null];
  } else if (!latest) {
    state = null;
  } else if (mine) {
    state = h('span', { class: 'own-proposal', id: `own-proposal-${v.version}` }, t('ownProposal'));
  } else if (reviewer) {
    state = approveButton(r, v, again);
  } else {
    state = h('span', { class: 'waiting' }, t('waiting'));
  }
  return h('li', { dataset: { version: String(v.version) } },
    h('strong', {}, t('versionLine', v.version, t(v.tier))), ' · ', t('proposedBy', v.proposedBy), ' · ',
    h('time', { datetime: v.proposedAt }, formatTime(v.proposedAt)), state ? [' · ', state] : null);
}

function approveButton(r, v, again) {
  const place = h('span', { class: 'approve-result' });
  const button = h('button', { type: 'button', class: 'approve', onclick: async () => {
    button.disabled = true;
    place.textContent = '';
    try {
      await command('POST', `/api/case-reviews/${r.id}/publications/${v.version}/approvals`, {});
      await again((x) => (x.versions || []).some((y) => y.version === v.version && y.publishedAt), '#publication-h', t('approved'));
    } catch (e) {
      button.disabled = false;
      place.append(h('span', { class: 'form-error', role: 'alert' }, summary(e)));
      button.focus();
    }
  } }, t('approve', v.version));
  return [button, ' ', place];
}

/** What the latest version shares, as its readers will see it. */
function snapshot(v, r) {
  const s = v.snapshot || {};
  return h('div', { class: 'snapshot-preview' },
    h('h3', {}, t('snapshotOf', v.version)),
    h('p', {}, h('strong', {}, s.title ?? '')),
    h('h4', {}, t('findings')),
    (s.findings || []).length ? h('ul', { class: 'finding-list' }, s.findings.map((f) => findingItem(f, r))) : h('p', { class: 'empty' }, t('noFindings')),
    h('h4', {}, t('issues')),
    (s.issues || []).length ? h('ul', { class: 'issue-list' }, s.issues.map((i) => issueItem(i, r))) : h('p', { class: 'empty' }, t('noIssues')));
}

function proposeForm(r, before, again) {
  const f = h('form', { class: 'propose', 'aria-labelledby': 'propose-h', novalidate: true },
    h('h3', { id: 'propose-h' }, t('proposeSend')),
    field({ name: 'tier', label: t('tier'), type: 'select', required: true, value: 'REGION', options: TIERS.map((x) => ({ value: x, label: t(x) })) }),
    send(t('proposeSend')));
  onSubmit(f, (v) => command('POST', `/api/case-reviews/${r.id}/publications`, { tier: v.tier }),
    (answer) => again((x) => (x.versions || []).some((y) => y.version === answer.version), '#publication-h', t('proposed')),
    (e) => refusedByGuard(f, e));
  return f;
}

function withdrawForm(r, again) {
  const f = h('form', { class: 'withdraw', 'aria-labelledby': 'withdraw-h', novalidate: true },
    h('h3', { id: 'withdraw-h' }, t('withdrawTitle')),
    field({ name: 'reason', label: t('reason'), type: 'textarea', rows: 2, required: true }),
    send(t('withdrawSend')));
  onSubmit(f, (v) => command('POST', `/api/case-reviews/${r.id}/withdrawal`, { reason: v.reason }),
    () => again((x) => !!x.withdrawnAt, '#publication-h', t('withdrawnDone')));
  return f;
}
