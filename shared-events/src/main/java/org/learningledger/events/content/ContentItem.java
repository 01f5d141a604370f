package org.learningledger.events.content;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One erasable unit of private text, with a data key of its own: an experiment's own texts, one
 * observation, one revision of a learning's draft, one published version, a steward's endorsement
 * note, a withdrawal's reason. Its key names it in the key table and inside every ciphertext.
 */
public record ContentItem(String key) {

    private static final Pattern SHAPE = Pattern.compile(
            "(experiment/[0-9a-f-]{36}(/observation/[0-9a-f-]{36})?"
                    + "|learning/[0-9a-f-]{36}/(revision/\\d{1,9}|version/\\d{1,9}|withdrawal|endorsement/[^\\s/]{1,200})"
                    + "|report/[0-9a-f-]{36}|lesson/[0-9a-f-]{36}"
                    + "|case-review/[0-9a-f-]{36}|challenge/[0-9a-f-]{36})");

    public ContentItem {
        if (key == null || !SHAPE.matcher(key).matches()) {
            throw new IllegalArgumentException("not a content item: " + key);
        }
    }

    public static ContentItem experiment(UUID experimentId) {
        return new ContentItem("experiment/" + experimentId);
    }

    public static ContentItem observation(UUID experimentId, UUID observationId) {
        return new ContentItem("experiment/" + experimentId + "/observation/" + observationId);
    }

    /** A confidential report's texts: what the reporter wrote and added, the replies and triage reasons. */
    public static ContentItem report(UUID reportId) {
        return new ContentItem("report/" + reportId);
    }

    /** A lesson's texts, drafted and approved. */
    public static ContentItem lesson(UUID lessonId) {
        return new ContentItem("lesson/" + lessonId);
    }

    /** A case review's texts: title, chronology, findings, issues, addenda, its snapshots and withdrawal reason. */
    public static ContentItem caseReview(UUID caseReviewId) {
        return new ContentItem("case-review/" + caseReviewId);
    }

    /** A challenge's texts: target, perverse effect, answers' rationales and the outcome review. */
    public static ContentItem challenge(UUID challengeId) {
        return new ContentItem("challenge/" + challengeId);
    }

    public static ContentItem revision(UUID learningId, int revision) {
        return new ContentItem("learning/" + learningId + "/revision/" + revision);
    }

    public static ContentItem version(UUID learningId, int version) {
        return new ContentItem("learning/" + learningId + "/version/" + version);
    }

    public static ContentItem withdrawal(UUID learningId) {
        return new ContentItem("learning/" + learningId + "/withdrawal");
    }

    public static ContentItem endorsement(UUID learningId, String stewardId) {
        return new ContentItem("learning/" + learningId + "/endorsement/" + stewardId);
    }

    /** Whether erasing {@code this} erases {@code other} too (a whole experiment takes its observations). */
    public boolean covers(ContentItem other) {
        return other.key.equals(key) || other.key.startsWith(key + "/");
    }

    @Override
    public String toString() {
        return key;
    }
}
