package org.learningledger.events.content;

import java.util.UUID;

/**
 * One erasable unit of private text, with a data key of its own: an experiment's own texts, one
 * observation, one revision of a learning's draft, one published version, a steward's endorsement
 * note, a withdrawal's reason. Its key names it in the key table and inside every ciphertext.
 */
public record ContentItem(String key) {

    public ContentItem {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a content item: " + key);
        }
    }

    /** Whether {@code key} names a content item: what the constructor accepts, without an exception to catch. */
    public static boolean isKey(String key) {
        return key != null && ItemShape.matches(key);
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
