// A shared learning as the reader may see it: what it says, its evidence and how far that evidence went,
// its versions, endorsements and timeline; stewards endorse it or invite the team to share it wider.
import { command, get, until } from '../api.js';
import { field, fill, formatDate, h, time } from '../dom.js';
import { notice } from '../errors.js';
import { onSubmit } from '../forms.js';
import { label, say, DECISIONS, RESULTS, TIMELINE_KINDS, tierLabel } from '../labels.js';
import { erasedNote, erasure, shown, shownText } from '../erasure.js';
import { stepChart } from '../chart.js';
import { reachSeries, timelineEntries } from '../spread.js';
import { language } from '../i18n.js';
import { t } from '../messages/measures.js';
import { runChart } from '../runchart.js';
import { focusName, t as ts } from '../messages/screens.js';
import { t as tp } from '../messages/print.js';
import { t as tr } from '../messages/reading.js';
import { t as ta } from '../messages/app.js';

// the signals' words come in the page's language
const readLearning = (id) => get(`/api/learnings/${id}`, { headers: { 'Accept-Language': language() } });

export async function learningView(main, ctx, id) {
  const body = h('article', { class: 'learning', 'aria-busy': 'true' }, h('h1', {}, tr('aSharedLearning')), h('p', { class: 'loading' }, ta('loading')));
  main.append(body);
  let l;
  try {
    l = await readLearning(id);
  } catch (e) {
    fill(body, h('h1', {}, tr('aSharedLearning')), notice(e, tr('theLearning')));
    return;
  }
  render(body, ctx, l);
}

function render(body, ctx, l) {
  const s = l.snapshot || l.draft || {};
  // an erased revision's texts are null, with erasedAt on the snapshot (or the learning)
  const text = (value) => shown(value, s, l);
  document.title = `${shownText(s.title, s, l) || ''} · ${ta('ledger')}`;
  // focus: the control acted on, found again in the page drawn anew (else focus would drop to the page's body)
  const reload = async (changed, focus) => {
    const next = changed ? await until(() => readLearning(l.learningId), (x) => x && changed(x)) : null;
    render(body, ctx, next || l);
    if (focus) body.querySelector(focus)?.focus();
  };
  const own = Boolean(ctx.myTeam(l.teamId));
  fill(body,
    h('p', { class: 'eyebrow' }, `${l.teamName || ctx.teamName(l.teamId)} · ${ctx.regionName(l.regionId)} · ${focusName(l.focus || ctx.teams.get(l.teamId)?.focus)}`),
    h('h1', {}, text(s.title)),
    l.withdrawn ? h('p', { class: 'badge', 'data-tier': 'WITHDRAWN' }, ts('withdrawn'))
      : h('p', { class: 'badge', 'data-tier': l.tier }, tierLabel(l.tier), l.version ? tr('versionOn', l.version, formatDate(l.publishedAt)) : ''),
    l.withdrawn ? h('p', { class: 'notice' }, ts('withdrawnOn', formatDate(l.withdrawal?.withdrawnAt))) : null,
    own ? h('p', {}, h('a', { href: `#/team/${l.teamId}/learnings/${l.learningId}` }, tr('openInTeam'))) : null,
    printActions(),
    facts(s, l),
    evidence(s.evidence || []),
    evidenceCharts(l.charts || [], s.evidence || []),
    versions(l.versions || []),
    endorsements(ctx, l.endorsements || []),
    stewardActions(ctx, l, reload),
    timeline(ctx, l),
    // on paper only: when it was printed and where to find it (the page's address is not printed otherwise)
    h('p', { class: 'print-only' }, tp('printedFrom', formatDate(new Date().toISOString()), window.location.href)));
  body.removeAttribute('aria-busy');
}

/** The Print button: the browser's print dialog, with the print stylesheet (print.css) making it one plain page. */
function printActions() {
  return h('div', { class: 'print-actions' },
    h('button', { type: 'button', class: 'secondary print-button', onclick: () => window.print() }, tp('print')),
    h('p', { class: 'hint' }, tp('printHint')));
}

/** What a version says, as every reader of it sees it (the team's preview before sharing draws the same). */
export function facts(s, l = {}) {
  const text = (value) => shown(value, s, l);
  return h('dl', { class: 'facts' },
    h('dt', {}, tr('whatLearned')), h('dd', {}, text(s.summary)),
    h('dt', {}, tr('practice')), h('dd', {}, text(s.practice)),
    s.context || erasure(s, l) ? [h('dt', {}, tr('whereItWorks')), h('dd', {}, text(s.context))] : null,
    s.validates ? [h('dt', {}, tr('triedLearning')), h('dd', {}, h('a', { href: `#/learning/${s.validates}` }, tr('learningItTried')), `: ${label(RESULTS, s.result)}`)] : null);
}

/** The experiments a version gives as evidence: question, decision, conclusion; never an observation. */
export function evidence(items, heading = 'h2') {
  const concluded = items.filter((e) => e.decision).length;
  const status = items.length === 0 ? tr('noEvidence') : tr('evidenceStatus', items.length, concluded);
  return h('section', { 'aria-labelledby': 'evidence-h', class: 'evidence' },
    h(heading, { id: 'evidence-h' }, tr('evidence')),
    h('p', { 'data-testid': 'evidence-status' }, status),
    items.length ? h('ul', { class: 'cards' }, items.map((e) => h('li', { class: 'card' },
      h('p', {}, h('strong', {}, shown(e.question, e))),
      h('p', { class: 'meta' }, e.decision ? tr('decision', label(DECISIONS, e.decision)) : tr('notConcluded')),
      e.summary ? h('p', {}, e.summary) : e.decision && erasure(e) ? h('p', {}, erasedNote(erasure(e))) : null))) : null);
}

/** The cited experiments' measures as they stood when this version was shared (read-only: no notes, no forms). */
function evidenceCharts(charts, items) {
  if (!charts.length) return null;
  const question = (id) => shownText(items.find((e) => e.experimentId === id)?.question, items.find((e) => e.experimentId === id) || {});
  return h('section', { 'aria-labelledby': 'evidence-charts-h', class: 'evidence-charts' },
    h('h3', { id: 'evidence-charts-h' }, t('evidenceCharts')),
    h('p', { class: 'hint' }, t('evidenceChartsHint')),
    charts.map((c) => h('article', { class: 'measure', dataset: { measure: c.measureId, experiment: c.experimentId } },
      h('h4', {}, c.name),
      h('p', { class: 'meta' }, [c.unit, c.better && t(c.better), c.role && t(c.role)].filter(Boolean).join(' · ')),
      question(c.experimentId) ? h('p', { class: 'meta' }, t('fromExperiment', question(c.experimentId))) : null,
      runChart({ measure: c, chart: c.chart || {}, startedOn: c.startedOn || null }))));
}

function versions(list) {
  if (list.length < 2) return null;
  return h('section', { 'aria-labelledby': 'versions-h' }, h('h2', { id: 'versions-h' }, tr('versions')),
    h('ol', {}, list.map((v) => h('li', {}, tr('version', v.version, tierLabel(v.tier)), time(v.publishedAt),
      erasure(v, v.snapshot) ? [' · ', erasedNote(erasure(v, v.snapshot))] : null))));
}

function endorsements(ctx, list) {
  return h('section', { 'aria-labelledby': 'endorse-h' }, h('h2', { id: 'endorse-h' }, tr('endorsements')),
    list.length ? h('ul', { class: 'received' }, list.map((e) => h('li', { class: 'endorsement' },
      tr('stewardOf', ctx.regionName(e.stewardRegionId)), e.note ? [': ', h('q', {}, e.note)] : erasure(e) ? [': ', erasedNote(erasure(e))] : tr('endorsedIt'),
      ' · ', time(e.endorsedAt))))
      : h('p', { class: 'empty' }, tr('noneYet')));
}

function stewardActions(ctx, l, reload) {
  if (!ctx.me.stewardOf.length || !l.tier || l.withdrawn) return null;
  const endorse = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'endorse-form-h' },
    h('h3', { id: 'endorse-form-h' }, tr('endorseTitle')),
    field({ name: 'note', label: tr('endorseNote'), type: 'textarea', rows: 2 }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, tr('endorse'))));
  const endorseButton = 'form[aria-labelledby=endorse-form-h] button[type=submit]';
  onSubmit(endorse, (v) => command('POST', `/api/learnings/${l.learningId}/endorsements`, { note: v.note }), async (result) => {
    // a second endorsement by the same steward records nothing: say so, and keep the page (and the focus) as it is
    if (result && result.changed === false) {
      ctx.announce(ts('alreadyEndorsed'), 'info');
      // after the form's button is enabled again
      setTimeout(() => endorse.querySelector('button[type=submit]').focus(), 0);
      return;
    }
    ctx.announce(ts('endorsed'));
    const before = (l.endorsements || []).length;
    await reload((x) => (x.endorsements || []).length > before, endorseButton);
  });
  const invite = l.tier === 'REGION' ? h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'invite-h' },
    h('h3', { id: 'invite-h' }, tr('inviteTitle')),
    h('p', { class: 'hint' }, tr('inviteHint')),
    h('input', { type: 'hidden', name: 'tier', value: 'NATION' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, tr('invite')))) : null;
  if (invite) {
    onSubmit(invite, (v) => command('POST', `/api/learnings/${l.learningId}/invitations`, { tier: v.tier }), (result) => {
      const again = result && result.changed === false;
      ctx.announce(ts(again ? 'alreadyInvited' : 'invited'), again ? 'info' : 'ok');
      // the button is gone: focus goes to what took its place
      const done = h('p', { class: 'notice ok', tabindex: '-1' }, ts(again ? 'alreadyInvited' : 'invitedNote'));
      fill(invite, done);
      done.focus();
    });
  }
  return h('section', { 'aria-labelledby': 'steward-h', class: 'steward-actions' }, h('h2', { id: 'steward-h' }, tr('asSteward')), endorse, invite);
}

function timeline(ctx, l) {
  const section = h('section', { 'aria-labelledby': 'timeline-h' }, h('h2', { id: 'timeline-h' }, tr('timeline')),
    h('p', { class: 'loading' }, ta('loading')));
  get(`/api/learnings/${l.learningId}/timeline`).then((answer) => {
    const events = timelineEntries(answer);
    const reach = reachSeries(answer, l.teamId);
    fill(section, section.firstChild,
      reach ? stepChart({ title: tr('hasSpread', shownText((l.snapshot || {}).title, l.snapshot, l)), series: reach, yLabel: tr('reached') }) : null,
      events.length ? h('ol', { class: 'timeline' }, events.map((e) => h('li', {}, time(e.when.toISOString()), ' ',
        say(TIMELINE_KINDS[e.kind] || { cs: e.kind, en: e.kind }), e.teamId ? ` · ${ctx.teamName(e.teamId)}` : '', e.tier ? ` · ${tierLabel(e.tier)}` : '',
        erasure(e) ? [' · ', erasedNote(erasure(e))] : '')))
        : h('p', { class: 'empty' }, tr('nothingOnTimeline')));
  }).catch((e) => fill(section, section.firstChild, notice(e, tr('theTimeline'))));
  return section;
}
