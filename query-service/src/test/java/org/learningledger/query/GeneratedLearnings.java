package org.learningledger.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.learning.ValidationResult;

/**
 * Random learnings of one history, following the command side's rules: drafts and revisions,
 * versions published to tiers that only widen, endorsements and invitations by stewards who see
 * the learning, withdrawals, and validations of learnings the validating team can see; by the end
 * (with two teams or more) a validation withdrawn.
 */
final class GeneratedLearnings {

    final List<GeneratedLearning> learnings = new ArrayList<>();

    private final Random random;
    private final Interleaving events;
    private final LongSupplier minutes;
    private final List<GeneratedHistory.Team> teams;
    private final Map<String, Set<UUID>> stewardOf;
    private final Set<String> acted = new HashSet<>();

    GeneratedLearnings(Random random, Interleaving events, LongSupplier minutes, List<GeneratedHistory.Team> teams,
            Map<String, Set<UUID>> stewardOf) {
        this.random = random;
        this.events = events;
        this.minutes = minutes;
        this.teams = teams;
        this.stewardOf = stewardOf;
    }

    /** Batch 0: new learnings. Batch 1: more happens to them, and a few new ones. */
    void round(int batch) {
        if (batch > 0) {
            new ArrayList<>(learnings).forEach(l -> act(l, batch, 1 + random.nextInt(3)));
        }
        for (int n = batch == 0 ? 1 + random.nextInt(4) : random.nextInt(3); n > 0; n--) {
            GeneratedHistory.Team team = teams.get(random.nextInt(teams.size()));
            List<GeneratedLearning> visible = learnings.stream().filter(l -> !l.teamId.equals(team.id())
                    && !l.withdrawnAt(batch) && l.tierAt(batch) != null
                    && (l.tierAt(batch) == Tier.NATION || l.regionId.equals(team.regionId()))).toList();
            UUID validates = !visible.isEmpty() && random.nextBoolean()
                    ? visible.get(random.nextInt(visible.size())).id : null;
            act(draft(team, validates, batch), batch, random.nextInt(4));
        }
        if (batch > 0) {
            withdrawOneValidation(batch);
        }
    }

    /**
     * Every history with two teams or more has a validation withdrawn by its end: the case where the
     * validated team gets the fact only, on the feed and in history alike. Publishes what it needs.
     */
    private void withdrawOneValidation(int batch) {
        if (teams.size() < 2 || learnings.stream().anyMatch(l -> l.validates != null && l.withdrawnAt(batch))) {
            return;
        }
        GeneratedLearning validation = learnings.stream()
                .filter(l -> l.validates != null && l.tierAt(batch) != null && !l.withdrawnAt(batch)).findFirst()
                .orElseGet(() -> validationOf(national(batch), batch));
        withdraw(validation, batch);
    }

    /** A national learning that stands; a new one of the first team when there is none. */
    private GeneratedLearning national(int batch) {
        return learnings.stream().filter(l -> l.tierAt(batch) == Tier.NATION && !l.withdrawnAt(batch)).findFirst()
                .orElseGet(() -> {
                    GeneratedLearning l = draft(teams.get(0), null, batch);
                    publish(l, batch, Tier.NATION);
                    return l;
                });
    }

    /** At REGION, by a team of another region where there is one: the validated team sees it as a link only. */
    private GeneratedLearning validationOf(GeneratedLearning validated, int batch) {
        GeneratedHistory.Team team = teams.stream().filter(t -> !t.id().equals(validated.teamId))
                .min(java.util.Comparator.comparing(t -> t.regionId().equals(validated.regionId))).orElseThrow();
        GeneratedLearning l = draft(team, validated.id, batch);
        publish(l, batch, Tier.REGION);
        return l;
    }

    private GeneratedLearning draft(GeneratedHistory.Team team, UUID validates, int batch) {
        GeneratedLearning l = new GeneratedLearning(id(), team.id(), team.regionId(), validates);
        learnings.add(l);
        String title = title(l);
        l.drafts.add(new GeneratedLearning.Draft(title, batch));
        events.add(l.id, minutes.getAsLong(), new LearningDrafted(l.id, l.teamId, title, "s", "p", "c", List.of(),
                validates, result(l)));
        return l;
    }

    private void act(GeneratedLearning l, int batch, int actions) {
        for (int a = 0; a < actions && !l.withdrawnAt(batch); a++) {
            int pick = random.nextInt(10);
            Tier tier = l.tierAt(batch);
            if (pick < 2) {
                String title = title(l);
                l.drafts.add(new GeneratedLearning.Draft(title, batch));
                l.changedSincePublished = true;
                events.add(l.id, minutes.getAsLong(), new LearningRevised(l.id, l.teamId, title, "s", "p", "c",
                        List.of(), l.validates, result(l), l.drafts.size()));
            } else if (pick < 6) {
                Tier to = tier == Tier.NATION || random.nextBoolean() && tier != null ? tier
                        : random.nextBoolean() ? Tier.REGION : Tier.NATION;
                if (l.changedSincePublished || to != tier) {
                    publish(l, batch, to);
                }
            } else if (pick < 9 && tier != null) {
                List<String> stewards = stewardOf.entrySet().stream().filter(s -> tier == Tier.NATION
                        || s.getValue().contains(l.regionId)).map(Map.Entry::getKey).sorted().toList();
                if (!stewards.isEmpty()) {
                    String steward = stewards.get(random.nextInt(stewards.size()));
                    UUID stewardRegion = stewardOf.get(steward).contains(l.regionId) ? l.regionId
                            : stewardOf.get(steward).stream().sorted().findFirst().orElseThrow();
                    if (pick < 8 && acted.add("endorse " + steward + l.id)) {
                        String note = "note " + id();
                        l.endorsements.add(new GeneratedLearning.Endorsement(steward, tier, note, batch));
                        l.feed.add(new GeneratedLearning.FeedItem("endorsed", note, null, tier, null, batch));
                        events.add(l.id, minutes.getAsLong(), new LearningEndorsed(l.id, l.teamId, l.regionId, tier,
                                steward, stewardRegion, note));
                    } else if (tier == Tier.REGION && acted.add("invite " + steward + l.id)) {
                        l.invitations.add(new GeneratedLearning.Invitation(steward, Tier.NATION, batch));
                        events.add(l.id, minutes.getAsLong(), new TeamInvitedToPublish(l.id, l.teamId, steward,
                                stewardRegion, Tier.NATION));
                    }
                }
            } else if (tier != null) {
                withdraw(l, batch);
            }
        }
    }

    private void withdraw(GeneratedLearning l, int batch) {
        Tier tier = l.tierAt(batch);
        l.withdrawnBatch = batch;
        l.withdrawReason = "reason " + id();
        l.feed.add(new GeneratedLearning.FeedItem("withdrawn", "", null, tier, l.validates, batch));
        events.add(l.id, minutes.getAsLong(), new LearningWithdrawn(l.id, l.teamId, l.regionId, tier,
                l.withdrawReason));
    }

    private void publish(GeneratedLearning l, int batch, Tier tier) {
        int number = l.versions.size() + 1;
        long minute = minutes.getAsLong();
        String title = l.drafts.get(l.drafts.size() - 1).title();
        l.versions.add(new GeneratedLearning.Version(number, tier, title, minute, batch));
        l.changedSincePublished = false;
        String kind = l.validates == null ? "published" : "validated";
        l.feed.add(new GeneratedLearning.FeedItem(kind, "v" + number, title, tier, l.validates, batch));
        events.add(l.id, minute, new LearningPublished(l.id, l.teamId, l.regionId, number, tier,
                new Snapshot(title, "s", "p", "c", List.of(), l.validates, result(l))));
    }

    private String title(GeneratedLearning l) {
        return "Title " + l.id.toString().substring(0, 8) + " d" + l.drafts.size();
    }

    private static ValidationResult result(GeneratedLearning l) {
        return l.validates == null ? null : ValidationResult.CONFIRMED_WITH_ADAPTATION;
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
