package org.learningledger.command.casereview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingRecorded;

/**
 * What a case review recorded, in order: episodes, findings, issues and the addenda to them. Pure state;
 * the snapshot it builds holds findings and issues with their addenda, never the chronology.
 */
final class Workspace {

    private final Map<UUID, EpisodeRecorded> episodes = new LinkedHashMap<>();
    private final Map<UUID, FindingRecorded> findings = new LinkedHashMap<>();
    private final Map<UUID, BoardIssueRaised> issues = new LinkedHashMap<>();
    private final Map<UUID, AddendumRecorded> addenda = new LinkedHashMap<>();
    private final Set<String> links = new HashSet<>();
    private final Set<String> cites = new HashSet<>();

    /** Whatever is recorded under this id in the review, of any kind (ids are unique within the review). */
    Object recorded(UUID id) {
        Object found = episodes.get(id);
        found = found != null ? found : findings.get(id);
        found = found != null ? found : issues.get(id);
        return found != null ? found : addenda.get(id);
    }

    /** What an addendum may refer to: the review's episodes, findings and issues. */
    Set<UUID> correctable() {
        Set<UUID> items = new HashSet<>(episodes.keySet());
        items.addAll(findings.keySet());
        items.addAll(issues.keySet());
        return items;
    }

    boolean hasFinding(UUID findingId) {
        return findings.containsKey(findingId);
    }

    boolean linked(UUID findingId, UUID experimentId) {
        return links.contains(findingId + "/" + experimentId);
    }

    boolean cites(UUID findingId, UUID learningId) {
        return cites.contains(findingId + "/" + learningId);
    }

    /** Every item id, for the erasure's list. */
    List<UUID> itemIds() {
        List<UUID> ids = new ArrayList<>(episodes.keySet());
        ids.addAll(findings.keySet());
        ids.addAll(issues.keySet());
        ids.addAll(addenda.keySet());
        return ids;
    }

    void add(EpisodeRecorded e) {
        episodes.put(e.episodeId(), e);
    }

    void add(FindingRecorded e) {
        findings.put(e.findingId(), e);
    }

    void add(BoardIssueRaised e) {
        issues.put(e.issueId(), e);
    }

    void add(AddendumRecorded e) {
        addenda.put(e.addendumId(), e);
    }

    void link(UUID findingId, UUID experimentId) {
        links.add(findingId + "/" + experimentId);
    }

    void cite(UUID findingId, UUID learningId) {
        cites.add(findingId + "/" + learningId);
    }

    CaseReviewSnapshot snapshot(String title) {
        return new CaseReviewSnapshot(title,
                findings.values().stream().map(f -> new CaseReviewSnapshot.Finding(f.findingId(), f.text(), f.factors(),
                        f.goodPractice(), addendaTo(f.findingId()))).toList(),
                issues.values().stream().map(i -> new CaseReviewSnapshot.Issue(i.issueId(), i.question(),
                        addendaTo(i.issueId()))).toList());
    }

    private List<CaseReviewSnapshot.Addendum> addendaTo(UUID item) {
        return addenda.values().stream().filter(a -> a.refersTo().equals(item))
                .map(a -> new CaseReviewSnapshot.Addendum(a.addendumId(), a.text())).toList();
    }
}
