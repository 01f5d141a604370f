// The team's own learning: revise the draft, share it with the region or the country, see what stewards
// said, withdraw it. A refusal by the de-identification guard marks each finding in the text.
import { ApiError, command, get, until } from '../api.js';
import { clear, field, fill, formatDate, h, radios, time } from '../dom.js';
import { notice, showErrors } from '../errors.js';
import { findingsPanel } from '../findings.js';
import { onSubmit, values } from '../forms.js';
import { label, TIERS, tierLabel } from '../labels.js';
import { notMember, teamHeader } from './team.js';
import { learningBody, learningFields } from './learning-form.js';

export async function learningEditView(main, ctx, teamId, id) {
  if (!ctx.myTeam(teamId)) { notMember(main); return; }
  teamHeader(main, ctx, teamId, 'learnings');
  const body = h('article', { class: 'learning-edit', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading…'));
  main.append(body);
  let learning;
  try {
    learning = await until(() => get(`/api/learnings/${id}`), (l) => Boolean(l));
  } catch (e) {
    fill(body, notice(e, 'The learning'));
    return;
  }
  if (!learning || !learning.draft) {
    fill(body, h('p', { class: 'notice error' }, 'This learning could not be found among your team’s learnings.'));
    return;
  }
  const [experiments, visible] = await Promise.all([
    get(`/api/teams/${teamId}/experiments`).catch(() => []),
    get('/api/learnings').catch(() => []),
  ]);
  const others = visible.filter((l) => l.teamId !== teamId && l.version);
  render(body, ctx, teamId, learning, experiments, others);
}

function render(body, ctx, teamId, l, experiments, others) {
  const d = l.draft;
  document.title = `${d.title} · Learning`;
  const reload = async (changed) => {
    const next = await until(() => get(`/api/learnings/${l.learningId}`), (x) => x && changed(x));
    render(body, ctx, teamId, next || l, experiments, others);
  };
  const editForm = h('form', { class: 'stack', novalidate: true, 'aria-labelledby': 'edit-h' },
    h('h3', { id: 'edit-h' }, 'The draft'),
    learningFields(d, experiments, others),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Save changes')));
  const saved = JSON.stringify(learningBody(values(editForm)));
  const dirty = () => JSON.stringify(learningBody(values(editForm))) !== saved;
  const revise = (v) => command('PUT', `/api/learnings/${l.learningId}`, learningBody(v));
  onSubmit(editForm, (v) => (dirty() ? revise(v) : null), async (result) => {
    if (!result) { ctx.announce('Nothing has changed since the last save.'); return; }
    ctx.announce('Changes saved. They stay within the team until you share again.');
    await reload((x) => x.draft && x.draft.revisedAt !== d.revisedAt);
  });

  const findingsPlace = h('div', { class: 'findings-place' });
  fill(body,
    h('p', { class: 'badge', 'data-tier': l.tier || 'TEAM' }, l.withdrawn ? 'Withdrawn' : tierLabel(l.tier)),
    h('h2', { tabindex: '-1' }, d.title),
    l.version ? h('p', { class: 'meta' }, `Version ${l.version} shared ${formatDate(l.publishedAt)}. `,
      h('a', { href: `#/learning/${l.learningId}` }, 'See it as others see it')) : null,
    l.withdrawn ? h('p', { class: 'notice' }, `Withdrawn ${formatDate(l.withdrawal?.withdrawnAt)}: ${l.withdrawal?.reason || ''}`) : null,
    l.withdrawn ? null : editForm,
    l.withdrawn ? null : publishForm(ctx, l, editForm, dirty, revise, findingsPlace, experiments, reload),
    findingsPlace,
    stewards(ctx, l),
    l.tier && !l.withdrawn ? withdrawForm(ctx, l, reload) : null);
  body.removeAttribute('aria-busy');
}

function publishForm(ctx, l, editForm, dirty, revise, place, experiments, reload) {
  const wider = TIERS.filter((t) => !(l.tier === 'NATION' && t.value === 'REGION'));
  const invited = l.tier === 'REGION' && (l.invitations || []).some((i) => i.tier === 'NATION');
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'publish-h' },
    h('h3', { id: 'publish-h' }, l.tier ? 'Share a new version' : 'Share it'),
    h('p', { class: 'hint' }, 'Sharing sends a copy of the draft as it is now. Later changes stay within the team until you share again.'),
    invited ? h('p', { class: 'notice ok' }, 'A steward has invited the team to share this with the whole country.') : null,
    radios({ name: 'tier', legend: 'Share with', options: wider, value: invited ? 'NATION' : l.tier || 'REGION' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Share')));
  let sent = null;
  onSubmit(form, async (v) => {
    clear(place);
    if (dirty()) await revise(values(editForm)); // share what the form shows, not an older draft
    sent = learningBody(values(editForm));
    return command('POST', `/api/learnings/${l.learningId}/publications`, { tier: v.tier });
  }, async (result) => {
    ctx.announce(`Shared with ${label(TIERS, result.tier).toLowerCase()} as version ${result.version}.`);
    await reload((x) => (x.version || 0) >= result.version);
  }, (error) => {
    if (!(error instanceof ApiError) || error.status !== 422) return false;
    showErrors(form, error);
    showFindings(error.problem.findings || [], sent || learningBody(values(editForm)), editForm, place, experiments);
    return true;
  });
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
  for (const name of Object.keys(texts)) {
    const count = findings.filter((f) => f.field === name).length;
    const wrapper = editForm.querySelector(`.field[data-field="${name}"]`);
    if (!count || !wrapper) continue;
    wrapper.classList.add('has-error');
    wrapper.querySelector('input, textarea')?.setAttribute('aria-invalid', 'true');
    const message = wrapper.querySelector('.field-error');
    message.textContent = count === 1 ? 'One detail here could identify someone: see the marked text below.'
      : `${count} details here could identify someone: see the marked text below.`;
    message.hidden = false;
  }
  const panel = findingsPanel(findings, texts, names, select);
  fill(place, panel);
  panel.focus();
}

function stewards(ctx, l) {
  const items = [
    ...(l.invitations || []).map((i) => ({ at: i.invitedAt, el: h('li', { class: 'invitation' },
      `The steward of ${ctx.regionName(i.stewardRegionId)} invites the team to share it with ${label(TIERS, i.tier).toLowerCase()}. `, time(i.invitedAt)) })),
    ...(l.endorsements || []).map((e) => ({ at: e.endorsedAt, el: h('li', { class: 'endorsement' },
      `Endorsed by the steward of ${ctx.regionName(e.stewardRegionId)}`, e.note ? [': ', h('q', {}, e.note)] : '', ' · ', time(e.endorsedAt)) })),
  ].sort((a, b) => String(b.at).localeCompare(String(a.at)));
  if (!l.tier) return null;
  return h('section', { 'aria-labelledby': 'stewards-h' }, h('h3', { id: 'stewards-h' }, 'From stewards'),
    items.length ? h('ul', { class: 'received' }, items.map((i) => i.el)) : h('p', { class: 'empty' }, 'No invitations or endorsements yet.'));
}

function withdrawForm(ctx, l, reload) {
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, 'After a withdrawal nobody outside the team sees what it said; that it was withdrawn stays visible.'),
    field({ name: 'reason', label: 'Why withdraw it? (only the team sees this)', type: 'textarea', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Withdraw the learning')));
  onSubmit(form, (v) => command('POST', `/api/learnings/${l.learningId}/withdrawal`, { reason: v.reason }), async () => {
    ctx.announce('The learning is withdrawn.');
    await reload((x) => x.withdrawn);
  });
  return h('details', { class: 'panel quiet' }, h('summary', {}, 'Withdraw the learning'), form);
}
