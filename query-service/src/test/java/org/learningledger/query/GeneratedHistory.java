package org.learningledger.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.TeamRegistered;

/**
 * A random organisation and experiment history from one seed, with fresh ids so that many can
 * share one database. Batch 1 holds the organisation, learnings and experiments; batch 2 later
 * membership changes (removals, re-admissions, newcomers) and what happens to learnings next. The
 * facts kept here are what the oracle judges answers by.
 */
final class GeneratedHistory {

    record Region(UUID id, String name) {
    }

    record Team(UUID id, UUID regionId, String name, String focus) {
    }

    record Experiment(UUID id, UUID teamId, long proposedAt, String status, String decision, String abandonReason,
            List<UUID> observations, UUID basedOn, List<UUID> measures) {
    }

    private static final List<String> FOCUSES = List.of("parental-conflict", "safety-risk-evaluation", "worker-wellbeing");

    final long seed;
    final List<Region> regions = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    /** Teams that experiments name but nobody registered. */
    final List<UUID> ghostTeams = new ArrayList<>();
    final List<Experiment> experiments = new ArrayList<>();
    /** Members per team after batch 1 (index 0) and after batch 2 (index 1). */
    final List<Map<UUID, Set<String>>> members = List.of(new HashMap<>(), new HashMap<>());
    final Map<String, Set<UUID>> stewardOf = new HashMap<>();
    final Set<String> analysts = new HashSet<>();
    /** Every reader the oracle asks about, with the roles their token carries. */
    final Map<String, List<String>> readers = new LinkedHashMap<>();
    final GeneratedLearnings learnings;
    /** Reviewers, confidential reports and lessons, drawn from a random of their own (see {@link GeneratedReports}). */
    final GeneratedReports reports;
    /** Case reviews and challenges, drawn from a random of their own (see {@link GeneratedCaseReviews}). */
    final GeneratedCaseReviews caseReviews;
    final List<List<ProducerRecord<String, byte[]>>> batches;
    /** After the batches: the erase step (see {@link GeneratedErasures}) and what it erased. */
    final GeneratedErasures erasures;
    final List<ProducerRecord<String, byte[]>> eraseBatch;

    private final Random random;
    private final Interleaving events = new Interleaving();
    private final String tag;
    private long minute;

    GeneratedHistory(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.tag = Long.toHexString(random.nextLong());
        List<String> people = new ArrayList<>();
        GeneratedMemberships memberships = new GeneratedMemberships(random, events, members);
        for (int r = 0, regionCount = 1 + random.nextInt(3); r < regionCount; r++) {
            Region region = new Region(id(), "Region " + tag + "-" + r);
            regions.add(region);
            events.add(region.id(), minute, new RegionRegistered(region.id(), region.name()));
            for (int t = 0, teamCount = 1 + random.nextInt(4); t < teamCount; t++) {
                Team team = new Team(id(), region.id(), "Team " + tag + "-" + r + "-" + t, pick(FOCUSES));
                teams.add(team);
                events.add(team.id(), minute, new TeamRegistered(team.id(), region.id(), team.name(), team.focus()));
            }
        }
        for (int p = 0; p < teams.size() * 2; p++) {
            people.add(person("member"));
        }
        teams.forEach(team -> memberships.initial(team.id(), people));
        regions.forEach(region -> {
            for (int s = random.nextInt(3); s > 0; s--) {
                String steward = random.nextBoolean() ? pick(people) : person("steward");
                if (stewardOf.computeIfAbsent(steward, x -> new HashSet<>()).add(region.id())) {
                    events.add(region.id(), minute, new StewardAppointed(region.id(), steward));
                }
            }
        });
        for (int a = random.nextInt(3); a > 0; a--) {
            String analyst = random.nextBoolean() ? pick(people) : person("analyst");
            if (analysts.add(analyst)) {
                UUID appointment = id();
                events.add(appointment, minute, new AnalystAppointed(appointment, analyst));
            }
        }
        readers.put(person("admin"), List.of("admin"));
        readers.put(person("stranger"), List.of());
        learnings = new GeneratedLearnings(random, events, () -> ++minute, teams, stewardOf);
        learnings.round(0);
        reports = new GeneratedReports(new Random(seed * 31 + 15), events, () -> ++minute);
        reports.round(0, regions, people, this::person);
        caseReviews = new GeneratedCaseReviews(new Random(seed * 37 + 16), events, () -> ++minute,
                learnings.learnings.stream().map(l -> l.id).toList());
        caseReviews.round(0, regions, teams, people, reports.reviewerOf.get(0), this::person);
        for (int e = 0, count = 1 + random.nextInt(8); e < count; e++) {
            experiment(random.nextInt(10) == 0 ? ghostTeam() : pick(teams).id());
        }
        List<ProducerRecord<String, byte[]>> first = events.nextBatch(random);
        teams.forEach(team -> memberships.later(team.id(), people));
        learnings.round(1);
        reports.round(1, regions, people, this::person);
        caseReviews.round(1, regions, teams, people, reports.reviewerOf.get(1), this::person);
        batches = List.of(first, events.nextBatch(random));
        erasures = new GeneratedErasures(random, events, () -> ++minute, experiments, learnings.learnings,
                reports.lessons);
        eraseBatch = events.nextBatch(random);
    }

    private void experiment(UUID team) {
        UUID id = id();
        long proposedAt = ++minute;
        List<GeneratedLearning> basis = learnings.learnings;
        UUID basedOn = !basis.isEmpty() && random.nextInt(3) == 0 ? pick(basis).id : null;
        events.add(id, proposedAt, new ExperimentProposed(id, team, "Question " + id, "prediction", "plan", "measures",
                basedOn));
        String status = "PROPOSED";
        String decision = null;
        String reason = null;
        List<UUID> observations = new ArrayList<>();
        if (random.nextInt(10) < 7) {
            status = "STARTED";
            events.add(id, ++minute, new ExperimentStarted(id, team, null));
            for (int o = random.nextInt(4); o > 0; o--) {
                UUID observation = id();
                observations.add(observation);
                ObservationKind kind = pick(List.of(ObservationKind.values()));
                events.add(id, ++minute, new ObservationRecorded(id, team, observation, kind, "seen " + observation,
                        kind == ObservationKind.MEASURE ? BigDecimal.valueOf(random.nextInt(100)) : null,
                        Envelopes.T0_DAY.minusDays(random.nextInt(5))));
            }
        }
        List<UUID> measures = measures(id, team);
        int ending = random.nextInt(10);
        if (status.equals("STARTED") && ending < 4) {
            status = "CONCLUDED";
            decision = pick(List.of(Decision.values())).name();
            events.add(id, ++minute, new ExperimentConcluded(id, team, Decision.valueOf(decision), "summary"));
        } else if (ending >= 7) {
            status = "ABANDONED";
            reason = "reason " + id;
            events.add(id, ++minute, new ExperimentAbandoned(id, team, reason));
        }
        experiments.add(new Experiment(id, team, proposedAt, status, decision, reason, observations, basedOn,
                measures));
    }

    /** Now and then a measure or two with a few points (team-private like the rest of the experiment). */
    private List<UUID> measures(UUID experiment, UUID team) {
        List<UUID> measures = new ArrayList<>();
        for (int m = random.nextInt(4) - 1; m > 0; m--) {
            UUID measure = id();
            measures.add(measure);
            events.add(experiment, ++minute, new MeasureDefined(experiment, team, measure, "measure " + measure, "%",
                    pick(List.of(Better.values())), pick(List.of(MeasureRole.values()))));
            for (int p = random.nextInt(12); p > 0; p--) {
                events.add(experiment, ++minute, new MeasurePointRecorded(experiment, team, measure, id(),
                        BigDecimal.valueOf(random.nextInt(20)), Envelopes.T0_DAY.minusDays(p), null));
            }
        }
        return measures;
    }

    private UUID ghostTeam() {
        UUID team = id();
        ghostTeams.add(team);
        return team;
    }

    /** A new person; some members also carry the admin role, which must not matter. */
    private String person(String kind) {
        String userId = kind + "-" + tag + "-" + readers.size();
        readers.put(userId, kind.equals("member") && random.nextInt(8) == 0 ? List.of("admin") : List.of());
        return userId;
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
