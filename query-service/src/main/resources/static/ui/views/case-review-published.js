// A case review as readers of its tier see it: the de-identified snapshot's findings and issues for the board,
// never the chronology or who took part. A member of a team may link a finding to her team's experiment.
import { fill, formatDate, h } from '../dom.js';
import { t } from '../messages/casereviews.js';
import { findingItem, issueItem, linkForm, text } from './case-review-items.js';

export function publishedView(ctx, page, r, own) {
  // the form stays: focus goes back to its button once onSubmit has enabled it again
  const linked = (form) => {
    ctx.announce(t('linked'));
    setTimeout(() => form?.querySelector('button[type=submit]')?.focus(), 0);
  };
  fill(page,
    h('h1', {}, text(r.title, r)),
    h('p', { class: 'meta' }, t(r.kind), ' · ', t('publishedMeta', ctx.regionName(r.regionId), t(r.tier), formatDate(r.publishedAt))),
    h('p', { class: 'hint' }, t('publishedIntro')),
    h('section', { class: 'cr-findings', 'aria-labelledby': 'findings-h' },
      h('h2', { id: 'findings-h', tabindex: '-1' }, t('findings')),
      (r.findings || []).length ? h('ul', { class: 'finding-list' }, r.findings.map((f) => {
        const form = linkForm(r.id, f, own, () => linked(form));
        return findingItem(f, r, form);
      })) : h('p', { class: 'empty' }, t('noFindings'))),
    h('section', { class: 'cr-issues', 'aria-labelledby': 'issues-h' },
      h('h2', { id: 'issues-h', tabindex: '-1' }, t('issues')),
      (r.issues || []).length ? h('ul', { class: 'issue-list' }, r.issues.map((i) => issueItem(i, r)))
        : h('p', { class: 'empty' }, t('noIssues'))));
}
