package org.learningledger.events.content;

/**
 * Who erased an item and on what grounds, never what it said: a team member of the owning team, a
 * steward their own endorsement note, a learning reviewer of the region a report or lesson, or an
 * administrator on a data-subject request with its {@code reference} (a case reference, checked to be
 * one; null for any other erasure).
 */
public record Erasure(@NotPersonal("the account id of the sign-in service, as in MemberAdded") String erasedBy,
                      ErasedBy role, ErasureReason reason,
                      @NotPersonal("a request reference of letters, digits and - / . _ only, checked at the door")
                      String reference) {

    /**
     * Who is named in "erased on <date> by ...": the owning team, the steward who wrote the note, an
     * administrator on a data-subject request, or a learning reviewer of the region (a report or lesson).
     */
    public enum ErasedBy { TEAM, ADMINISTRATOR, STEWARD, REVIEWER }
}
