// One case review. Its participants and the region's reviewers get the workspace: participants, the
// chronology (never shared), findings with their contributory factors, issues for the board, addenda and the
// sharing of its snapshot. Readers of the tier it is published to get the snapshot only (./case-review-published.js).
import { command, get, until } from '../api.js';
import { fill, formatDate, formatTime, h } from '../dom.js';
import { summary } from '../errors.js';
import { day } from '../i18n.js';
import { t } from '../messages/casereviews.js';
import { addendaList, findingItem, issueItem, linkForm, text } from './case-review-items.js';
import { addendumForm, episodeForm, findingForm, issueForm, participantForm } from './case-review-forms.js';
import { publicationSection } from './case-review-publication.js';
import { publishedView } from './case-review-published.js';
import { isReviewer } from './case-reviews.js';
import { t as ta } from '../messages/app.js';

const read = (id) => get(`/api/case-reviews/${id}`);

/** The experiments of every team the reader is in (to link a finding to), each with its team's name. */
export async function ownExperiments(ctx) {
  const lists = await Promise.all((ctx.me.teams || []).map((team) => get(`/api/teams/${team.teamId}/experiments`)
    .then((xs) => xs.map((x) => ({ ...x, teamName: team.name }))).catch(() => [])));
  return lists.flat();
}

export async function caseReviewView(main, ctx, id) {
  const page = h('div', { class: 'case-review', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  main.append(page);
  // a review just opened reaches the query side within moments
  const [r, own] = await Promise.all([until(() => read(id), (v) => !!v, { timeout: 8000 }), ownExperiments(ctx)]);
  if (!r) {
    fill(page, h('h1', {}, t('listTitle')), h('p', { class: 'notice error', role: 'status' }, t('notFound')),
      h('p', {}, h('a', { href: '#/case-reviews' }, t('back'))));
    return;
  }
  document.title = `${r.title ?? t('listTitle')} · ${ta('ledger')}`;
  page.removeAttribute('aria-busy');
  draw(ctx, page, r, own);
}

/** After an action: waits until the query side shows it, redraws, focuses `focus`, says `said`. */
async function after(ctx, page, r, own, done, focus, said) {
  const next = await until(() => read(r.id), done, { timeout: 10_000 });
  draw(ctx, page, next || r, own);
  page.querySelector(focus)?.focus();
  ctx.announce(said);
}

function draw(ctx, page, r, own) {
  if (r.view === 'snapshot') { publishedView(ctx, page, r, own); return; }
  const again = (done, focus, said) => after(ctx, page, r, own, done, focus, said);
  // an erased review takes nothing new: its forms are gone
  const open = !r.erasedAt;
  const has = (list, key, id) => (list || []).some((x) => x[key] === id);
  // classes cr-*: `.findings` is the de-identification guard's panel
  const section = (id, title, ...children) => h('section', { class: `cr-${id}`, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h`, tabindex: '-1' }, title), children);
  fill(page,
    h('p', {}, h('a', { href: '#/case-reviews' }, t('back'))),
    h('h1', {}, text(r.title, r)),
    h('p', { class: 'meta' }, t(r.kind), ' · ', ctx.regionName(r.regionId), ' · ', t('ledBy', r.leadId), ' · ', t('openedOn'), ' ',
      h('time', { datetime: r.openedAt }, formatDate(r.openedAt)),
      r.erasedAt ? [' · ', h('span', { class: 'badge erased' }, t('erasedBadge'))] : null),
    h('p', { class: 'hint' }, t('workspaceIntro')),
    section('participants', t('participants'),
      (r.participants || []).length ? h('ul', { class: 'participant-list' }, r.participants.map((p) => participant(ctx, r, p, again)))
        : h('p', { class: 'empty' }, t('noParticipants')),
      open && isReviewer(ctx, r.regionId) ? participantForm(r, (userId) => again((v) => has(v.participants, 'userId', userId),
        '#participants-h', t('added', userId))) : null),
    section('chronology', t('chronology'),
      h('p', { class: 'hint private' }, t('chronologyPrivate')),
      (r.chronology || []).length ? h('ol', { class: 'chronology-list' }, r.chronology.map((e) => episode(e, r)))
        : h('p', { class: 'empty' }, t('noEpisodes')),
      open && episodeForm(r, (eid) => again((v) => has(v.chronology, 'episodeId', eid), '#chronology-h', t('episodeRecorded')))),
    section('findings', t('findings'),
      (r.findings || []).length ? h('ul', { class: 'finding-list' }, r.findings.map((f) => findingItem(f, r, [
        h('p', { class: 'meta' }, t('by', f.recordedBy), ' · ', h('time', { datetime: f.recordedAt }, formatTime(f.recordedAt))),
        open && linkForm(r.id, f, own, () => again((v) => (v.findings || []).some((x) => x.findingId === f.findingId
          && x.experimentsLinked > f.experimentsLinked), '#findings-h', t('linked')))])))
        : h('p', { class: 'empty' }, t('noFindings')),
      open && findingForm(r, (fid) => again((v) => has(v.findings, 'findingId', fid), '#findings-h', t('findingRecorded')))),
    section('issues', t('issues'),
      h('p', { class: 'hint' }, t('issuesHint')),
      (r.issues || []).length ? h('ul', { class: 'issue-list' }, r.issues.map((i) => issueItem(i, r,
        h('p', { class: 'meta' }, t('by', i.raisedBy), ' · ', h('time', { datetime: i.raisedAt }, formatTime(i.raisedAt))))))
        : h('p', { class: 'empty' }, t('noIssues')),
      open && issueForm(r, (iid) => again((v) => has(v.issues, 'issueId', iid), '#issues-h', t('issueRaised')))),
    section('addenda', t('addendaSection'),
      open && addendumForm(r, (aid) => again((v) => [...(v.chronology || []), ...(v.findings || []), ...(v.issues || [])]
        .some((x) => has(x.addenda, 'addendumId', aid)), '#addenda-h', t('addendumRecorded')))),
    publicationSection(ctx, r, again));
}

function episode(e, r) {
  return h('li', { class: 'episode', dataset: { episode: e.episodeId } },
    h('p', { class: 'when' }, h('strong', {}, day(e.occurredOn))),
    h('p', {}, h('span', { class: 'label' }, `${t('whatHappened')}: `), text(e.whatHappened, r)),
    h('p', {}, h('span', { class: 'label' }, `${t('whyItMadeSense')}: `), text(e.whyItMadeSense, r)),
    h('p', { class: 'meta' }, t('by', e.recordedBy)),
    addendaList(e.addenda, r));
}

function participant(ctx, r, p, again) {
  const place = h('span', { class: 'remove-result' });
  const remove = async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await command('DELETE', `/api/case-reviews/${r.id}/participants/${encodeURIComponent(p.userId)}`);
      await again((v) => !(v.participants || []).some((x) => x.userId === p.userId), '#participants-h', t('removed', p.userId));
    } catch (e) {
      button.disabled = false;
      place.textContent = '';
      place.append(h('span', { class: 'form-error', role: 'alert' }, summary(e)));
      button.focus();
    }
  };
  return h('li', { dataset: { participant: p.userId } }, h('strong', {}, p.userId), ' · ', t(p.role),
    isReviewer(ctx, r.regionId) && p.userId !== r.leadId && !r.erasedAt ? [' ', h('button', { type: 'button', class: 'link remove', onclick: remove }, t('remove', p.userId)), ' ', place] : null);
}
