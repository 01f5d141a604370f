// The spread of a learning, read from the ledger's own answers (their exact shapes, no guessing):
//   GET /api/learnings/{id}/timeline -> { learningId, asOf, evidence, entries: [{ at, kind, tier, teamId, regionId, result, ... }] }
//     kind: published, endorsed, invited, withdrawn, or validatedBy (another learning's publication that validates it)
//   GET /api/analytics/spread -> { learnings, timeToFirstValidation: { learnings, medianDays, buckets }, flows }
//     flows: [{ fromRegionId, toRegionId, validations }]
import { t } from './messages/landscape.js';

/** The timeline's entries, oldest first, each with its instant as a Date (`when`). */
export function timelineEntries(timeline) {
  return (timeline?.entries || []).map((e) => ({ ...e, when: new Date(e.at) }))
    .filter((e) => !Number.isNaN(e.when.getTime())).sort((a, b) => a.when - b.when);
}

/** Validations of the learning by teams other than its own (a team confirming itself is no spread). */
export function validationsElsewhere(timeline, ownTeamId) {
  return timelineEntries(timeline).filter((e) => e.kind === 'validatedBy' && e.teamId && e.teamId !== ownTeamId);
}

/**
 * [{name, points: [{at, value}]}]: distinct teams and regions that validated the learning, from its first
 * publication on; null when no team elsewhere has validated it yet.
 */
export function reachSeries(timeline, ownTeamId) {
  const validations = validationsElsewhere(timeline, ownTeamId);
  if (!validations.length) return null;
  const published = timelineEntries(timeline).find((e) => e.kind === 'published');
  const teams = new Set();
  const regions = new Set();
  const points = published && published.when <= validations[0].when ? [{ at: published.when, teams: 0, regions: 0 }] : [];
  for (const v of validations) {
    teams.add(v.teamId);
    if (v.regionId) regions.add(v.regionId);
    points.push({ at: v.when, teams: teams.size, regions: regions.size });
  }
  return [
    { name: t('teamsTried'), points: points.map((p) => ({ at: p.at, value: p.teams })) },
    { name: t('regionsTried'), points: points.map((p) => ({ at: p.at, value: p.regions })) },
  ];
}

/** [{from, to, count}]: region ids and how many validations travelled from one to the other. */
export function flows(spread) {
  return (spread?.flows || []).filter((f) => f.fromRegionId && f.toRegionId)
    .map((f) => ({ from: f.fromRegionId, to: f.toRegionId, count: Number(f.validations) || 0 }));
}
