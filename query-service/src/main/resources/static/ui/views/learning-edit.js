// The team's own learning: revise the draft, share it with the region or the country, see what stewards
// said, withdraw it. A refusal by the de-identification guard marks each finding in the text.
import { ApiError, command, get, until } from '../api.js';
import { clear, field, fill, formatDate, h, radios, time } from '../dom.js';
import { clearErrors, describeAlsoBy, notice, restoreDescriptions, showErrors } from '../errors.js';
import { findingsPanel } from '../findings.js';
import { onSubmit, values } from '../forms.js';
import { say, ERASURE, TIERS, tierLabel, WARNINGS } from '../labels.js';
import { confirmErasure, erasedNote, erasure, shown, shownText } from '../erasure.js';
import { earlierPanel, selectIn, take, warningsPanel } from '../warnings.js';
import { notMember, teamHeader } from './team.js';
import { learningBody, learningFields, TEXT_FIELDS } from './learning-form.js';
import { liveGuard } from '../live-guard.js';
import { previewPanel } from './share-preview.js';
import { t as tp } from '../messages/sharing.js';
import { keepTyped } from '../keep.js';
import { t } from '../messages/learnings.js';

export async function learningEditView(main, ctx, teamId, id) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  teamHeader(main, ctx, teamId, 'learnings');
  const body = h('article', { class: 'learning-edit', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  main.append(body);
  let learning;
  try {
    learning = await until(() => get(`/api/learnings/${id}`), (l) => Boolean(l));
  } catch (e) {
    fill(body, notice(e, t('theLearning')));
    return;
  }
  if (!learning || !learning.draft) {
    fill(body, h('p', { class: 'notice error' }, t('notFound')));
    return;
  }
  const [experiments, visible] = await Promise.all([
    get(`/api/teams/${teamId}/experiments`).catch(() => []),
    get('/api/learnings').catch(() => []),
  ]);
  const others = visible.filter((l) => l.teamId !== teamId && l.version);
  // a new draft saved on the list page with warnings: they are said here, right after
  const stashed = take(id);
  render(body, ctx, teamId, learning, experiments, others, stashed ? { saved: stashed } : {});
  // after the router has put focus on the page's heading
  if (stashed) setTimeout(() => body.querySelector('.warnings-panel')?.focus(), 0);
}

/**
 * after: what the last save left to say: saved {warnings, texts, revision} (the guard's warnings on the saved
 * text) and replaced (the number of the revision a correction replaced, still holding what was found).
 */
function render(body, ctx, teamId, l, experiments, others, after = {}) {
  const d = l.draft;
  const gone = erasure(d);
  document.title = t('titleLearning', shownText(d.title, d) || '');
  const reload = async (changed, next = {}) => {
    const fresh = await until(() => get(`/api/learnings/${l.learningId}`), (x) => x && changed(x));
    render(body, ctx, teamId, fresh || l, experiments, others, next);
    return fresh || l;
  };
  const editForm = h('form', { class: 'stack', novalidate: true, 'aria-labelledby': 'edit-h' },
    h('h3', { id: 'edit-h' }, t('theDraft')),
    gone ? h('p', { class: 'notice erased-notice' }, erasedNote(gone), '. ', say(ERASURE.erasedDraft)) : null,
    learningFields(d, experiments, others),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('saveChanges')),
      !gone && Number.isInteger(d.revision) ? eraseRevisionButton(ctx, l, d.revision, reload) : null));
  const saved = JSON.stringify(learningBody(values(editForm)));
  const dirty = () => JSON.stringify(learningBody(values(editForm))) !== saved;
  const revise = (v) => command('PUT', `/api/learnings/${l.learningId}`, learningBody(v));
  liveGuard(editForm, TEXT_FIELDS);
  keepTyped(editForm, `learning.${l.learningId}`, TEXT_FIELDS, ctx.announce);
  onSubmit(editForm, (v) => (dirty() ? revise(v).then((result) => ({ result, texts: learningBody(v) })) : null), async (answer) => {
    if (!answer) { ctx.announce(t('nothingChanged'), 'info'); return; }
    const warnings = answer.result.warnings || [];
    // the revision just replaced still holds what the guard found in it: offer to erase it
    const earlier = after.saved ? (Number.isInteger(after.saved.revision) ? after.saved.revision : d.revision) : null;
    const replaced = Number.isInteger(earlier) ? earlier : null;
    ctx.announce(warnings.length ? say(WARNINGS.announceDraft) : t('changesSaved'));
    const fresh = await reload((x) => x.draft && x.draft.revisedAt !== d.revisedAt,
      { saved: warnings.length ? { warnings, texts: answer.texts, revision: answer.result.revision } : null, replaced });
    if (warnings.length || replaced !== null) body.querySelector('.warnings-panel')?.focus();
    return fresh;
  });

  const findingsPlace = h('div', { class: 'findings-place' });
  fill(body,
    h('p', { class: 'badge', 'data-tier': l.tier || 'TEAM' }, l.withdrawn ? t('withdrawnBadge') : tierLabel(l.tier)),
    h('h2', { tabindex: '-1' }, shown(d.title, d)),
    l.version ? h('p', { class: 'meta' }, t('versionShared', l.version, formatDate(l.publishedAt)),
      h('a', { href: `#/learning/${l.learningId}` }, t('asOthersSee'))) : null,
    l.withdrawn ? h('p', { class: 'notice' }, t('withdrawnOn', formatDate(l.withdrawal?.withdrawnAt)), shown(l.withdrawal?.reason, l.withdrawal) || '') : null,
    l.withdrawn ? null : afterSave(ctx, l, editForm, after, reload),
    l.withdrawn ? null : editForm,
    l.withdrawn ? null : publishForm(ctx, l, editForm, dirty, revise, findingsPlace, experiments, reload),
    findingsPlace,
    stewards(ctx, l),
    l.tier && !l.withdrawn ? withdrawForm(ctx, l, reload) : null);
  body.removeAttribute('aria-busy');
}

/** The guard's warnings on the text just saved, with "Edit now"; or the replaced revision, still saved. */
function afterSave(ctx, l, editForm, after, reload) {
  const current = l.draft.revision;
  const saved = after.saved && after.saved.warnings?.length ? after.saved : null;
  const revision = saved ? (Number.isInteger(saved.revision) ? saved.revision : current) : null;
  const edit = (name, start, end) => {
    const control = editForm.querySelector(`.field[data-field="${name}"] textarea, .field[data-field="${name}"] input`);
    selectIn(control, start, end);
    ctx.announce(say(WARNINGS.selected), 'info');
  };
  const panels = [
    Number.isInteger(after.replaced) && after.replaced !== current
      ? earlierPanel(() => eraseRevision(ctx, l, after.replaced, reload, 'IDENTIFYING_DETAILS')) : null,
    saved ? warningsPanel({
      kind: 'draft', warnings: saved.warnings, texts: saved.texts, edit,
      erase: Number.isInteger(revision) && !erasure(l.draft) ? () => eraseRevision(ctx, l, revision, reload, 'IDENTIFYING_DETAILS') : null,
      eraseLabel: say(WARNINGS.eraseSavedRevision),
    }) : null,
  ].filter(Boolean);
  return panels.length ? h('div', { class: 'after-save' }, panels) : null;
}

function eraseRevisionButton(ctx, l, revision, reload) {
  return h('button', { type: 'button', class: 'link erase erase-revision', onclick: () => eraseRevision(ctx, l, revision, reload) },
    say(ERASURE.eraseRevision));
}

/** Asks, erases one revision (and what was shared from it), and shows the learning again. */
function eraseRevision(ctx, l, revision, reload, reason) {
  const current = l.draft.revision === revision;
  confirmErasure(ctx, {
    title: say(ERASURE.titleRevision),
    explain: say(ERASURE.explainRevision),
    preview: current && !erasure(l.draft) ? [l.draft.title, l.draft.summary].filter(Boolean).join('\n\n') : null,
    path: `/api/learnings/${l.learningId}/erasures`,
    body: { revision },
    member: true,
    reason,
    announce: say(ERASURE.erasedRevision),
    done: async () => {
      await reload((x) => (current ? Boolean(erasure(x.draft)) : true));
      return document.querySelector('article.learning-edit h2');
    },
  });
}

function publishForm(ctx, l, editForm, dirty, revise, place, experiments, reload) {
  const wider = TIERS.filter((x) => !(l.tier === 'NATION' && x.value === 'REGION'));
  const invited = l.tier === 'REGION' && (l.invitations || []).some((i) => i.tier === 'NATION');
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'publish-h' },
    h('h3', { id: 'publish-h' }, l.tier ? t('shareNew') : t('shareIt')),
    h('p', { class: 'hint' }, t('shareHint')),
    invited ? h('p', { class: 'notice ok' }, t('invitedNation')) : null,
    radios({ name: 'tier', legend: t('shareWith'), options: wider, value: invited ? 'NATION' : l.tier || 'REGION' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('share'))));
  let sent = null;
  const shareButton = () => document.querySelector('article.learning-edit form[aria-labelledby=publish-h] button[type=submit]');
  const refused = (error) => {
    if (!(error instanceof ApiError) || error.status !== 422) return false;
    showErrors(form, error);
    showFindings(error.problem.findings || [], sent || learningBody(values(editForm)), editForm, place, experiments);
    return true;
  };
  const publish = (tier) => command('POST', `/api/learnings/${l.learningId}/publications`, { tier });
  const shared = async (result) => {
    ctx.announce(t('shared', result.tier, result.version));
    await reload((x) => (x.version || 0) >= result.version);
    shareButton()?.focus(); // the page is drawn anew: focus stays on Share, not on the page's body
  };
  // the first time at a tier, readers there are shown first; a new version at the same tier is shared at once
  const confirmFirst = (preview) => {
    const panel = previewPanel(ctx, preview, {
      confirm: async (event) => {
        event.target.disabled = true;
        try {
          await shared(await publish(preview.tier));
        } catch (e) {
          event.target.disabled = false;
          clear(place);
          if (!refused(e)) showErrors(form, e);
        }
      },
      back: () => { clear(place); ctx.announce(tp('backSaid')); shareButton()?.focus(); },
    });
    clearErrors(editForm); // the draft passed the guard: an earlier refusal's marks no longer hold
    fill(place, panel);
    panel.querySelector('h3').focus();
  };
  onSubmit(form, async (v) => {
    clear(place);
    if (dirty()) await revise(values(editForm)); // share what the form shows, not an older draft
    sent = learningBody(values(editForm));
    const preview = await command('POST', `/api/learnings/${l.learningId}/publications/preview`, { tier: v.tier });
    return preview.firstAtTier ? { preview } : publish(v.tier);
  }, (result) => (result.preview ? confirmFirst(result.preview) : shared(result)), refused);
  return form;
}

async function showFindings(findings, sent, editForm, place, experiments) {
  const names = (sent.evidence || []).map((id) => experiments.find((x) => x.id === id)?.question);
  const texts = { title: sent.title, summary: sent.summary, practice: sent.practice, context: sent.context || '' };
  // an experiment's conclusion is not in the list: read it where a finding is in one
  await Promise.all(findings.map(async (f) => {
    const m = /^evidence\[(\d+)\]\.(question|summary)$/.exec(f.field);
    if (!m || texts[f.field]) return;
    const x = await get(`/api/experiments/${sent.evidence[m[1]]}`).catch(() => null);
    if (x) texts[f.field] = m[2] === 'question' ? x.question : x.summary || '';
  }));
  const select = (name, start, end) => {
    const control = editForm.querySelector(`.field[data-field="${name}"] textarea, .field[data-field="${name}"] input`);
    if (!control) return;
    control.focus();
    control.setSelectionRange(start, end);
  };
  const panel = findingsPanel(findings, texts, names, select);
  restoreDescriptions(editForm); // an earlier refusal's panel is gone
  for (const name of Object.keys(texts)) {
    const count = findings.filter((f) => f.field === name).length;
    const wrapper = editForm.querySelector(`.field[data-field="${name}"]`);
    if (!count || !wrapper) continue;
    wrapper.classList.add('has-error');
    const control = wrapper.querySelector('input, textarea');
    control?.setAttribute('aria-invalid', 'true');
    const message = wrapper.querySelector('.field-error');
    message.textContent = count === 1 ? t('oneFinding') : t('findings', count);
    message.hidden = false;
    // what was found there is said at the field too (its explanations in the panel below)
    const explained = panel.querySelector(`.finding-field[data-field="${name}"] .explanations`);
    if (control && explained) describeAlsoBy(control, explained.id);
  }
  fill(place, panel);
  panel.focus();
}

function stewards(ctx, l) {
  const items = [
    ...(l.invitations || []).map((i) => ({ at: i.invitedAt, el: h('li', { class: 'invitation' },
      t('invitesIt', ctx.regionName(i.stewardRegionId), i.tier), time(i.invitedAt)) })),
    ...(l.endorsements || []).map((e) => ({ at: e.endorsedAt, el: h('li', { class: 'endorsement' },
      t('endorsedByIt', ctx.regionName(e.stewardRegionId)), e.note ? [': ', h('q', {}, e.note)] : erasure(e) ? [': ', erasedNote(erasure(e))] : '', ' · ', time(e.endorsedAt)) })),
  ].sort((a, b) => String(b.at).localeCompare(String(a.at)));
  if (!l.tier) return null;
  return h('section', { 'aria-labelledby': 'stewards-h' }, h('h3', { id: 'stewards-h' }, t('fromStewards')),
    items.length ? h('ul', { class: 'received' }, items.map((i) => i.el)) : h('p', { class: 'empty' }, t('noneReceived')));
}

function withdrawForm(ctx, l, reload) {
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, t('withdrawHint')),
    field({ name: 'reason', label: t('whyWithdraw'), type: 'textarea', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('withdraw'))));
  onSubmit(form, (v) => command('POST', `/api/learnings/${l.learningId}/withdrawal`, { reason: v.reason }), async () => {
    ctx.announce(t('withdrawnSaid'));
    await reload((x) => x.withdrawn);
  });
  return h('details', { class: 'panel quiet' }, h('summary', {}, t('withdraw')), form);
}
