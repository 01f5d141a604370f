package org.learningledger.query.casereview;

import org.learningledger.events.LedgerJson;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import tools.jackson.databind.json.JsonMapper;

/** A snapshot as the read model stores it (JSON), and its erased form: ids, factors and flags, no text. */
final class Snapshots {

    private static final JsonMapper JSON = LedgerJson.mapper();

    private Snapshots() {
    }

    static String toJson(CaseReviewSnapshot snapshot) {
        return JSON.writeValueAsString(snapshot);
    }

    static CaseReviewSnapshot fromJson(String json) {
        return JSON.readValue(json, CaseReviewSnapshot.class);
    }

    /** The same snapshot with every text gone: what stays of a published version after erasure. */
    static CaseReviewSnapshot blanked(CaseReviewSnapshot s) {
        return new CaseReviewSnapshot(null,
                s.findings().stream().map(f -> new CaseReviewSnapshot.Finding(f.findingId(), null, f.factors(),
                        f.goodPractice(), f.addenda().stream().map(Snapshots::blanked).toList())).toList(),
                s.issues().stream().map(i -> new CaseReviewSnapshot.Issue(i.issueId(), null,
                        i.addenda().stream().map(Snapshots::blanked).toList())).toList());
    }

    private static CaseReviewSnapshot.Addendum blanked(CaseReviewSnapshot.Addendum a) {
        return new CaseReviewSnapshot.Addendum(a.addendumId(), null);
    }
}
