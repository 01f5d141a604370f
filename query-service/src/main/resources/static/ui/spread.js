// Reading the spread of a learning out of the history endpoints, whatever of them the ledger offers:
// a timeline of events, or ready-made reach points; and flows of learning between regions.

const at = (o) => new Date(o.at || o.date || o.time || o.occurredAt || o.publishedAt || o.validatedAt);
const isValidation = (e) => /validat/i.test(e.kind || e.type || e.event || '');

/** [{name, points: [{at, value}]}] for teams and regions reached, or null when the answer has neither. */
export function reachSeries(answer) {
  if (!answer) return null;
  const ready = answer.reach || answer.points || (Array.isArray(answer) && answer[0]?.teams !== undefined ? answer : null);
  if (Array.isArray(ready)) {
    const points = ready.map((p) => ({ at: at(p), teams: num(p.teams ?? p.teamCount ?? p.teamsReached), regions: num(p.regions ?? p.regionCount ?? p.regionsReached) }))
      .filter((p) => !Number.isNaN(p.at.getTime())).sort((a, b) => a.at - b.at);
    return series(points);
  }
  const events = Array.isArray(answer) ? answer : answer.events || answer.timeline || [];
  if (!events.length) return null;
  const teams = new Set();
  const regions = new Set();
  const sorted = [...events].sort((a, b) => at(a) - at(b));
  // from the first publication on, at nought until a team elsewhere tries it
  const points = isValidation(sorted[0]) ? [] : [{ at: at(sorted[0]), teams: 0, regions: 0 }];
  for (const e of sorted) {
    if (!isValidation(e)) continue;
    if (e.teamId) teams.add(e.teamId);
    if (e.regionId) regions.add(e.regionId);
    points.push({ at: at(e), teams: teams.size, regions: regions.size });
  }
  return series(points);
}

function num(v) {
  if (Array.isArray(v)) return v.length;
  return Number(v) || 0;
}

function series(points) {
  return [
    { name: 'Teams that tried it', points: points.map((p) => ({ at: p.at, value: p.teams })) },
    { name: 'Regions that tried it', points: points.map((p) => ({ at: p.at, value: p.regions })) },
  ];
}

/** [{from, to, count}] region ids (or names) and how many learnings travelled that way. */
export function flows(answer) {
  const list = answer?.flows || answer?.regionFlows || (Array.isArray(answer) ? answer : []);
  return list.map((f) => ({
    from: f.fromRegionId || f.fromRegion || f.from,
    to: f.toRegionId || f.toRegion || f.to,
    count: num(f.count ?? f.learnings ?? f.validations ?? 1),
  })).filter((f) => f.from && f.to);
}

/** Events of a timeline, oldest first, for a readable list. */
export function timelineEvents(answer) {
  const events = Array.isArray(answer) ? answer : answer?.events || answer?.timeline || [];
  return [...events].filter((e) => !Number.isNaN(at(e).getTime())).sort((a, b) => at(a) - at(b))
    .map((e) => ({ ...e, when: at(e) }));
}
