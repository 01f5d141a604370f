package org.learningledger.infra.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the query API answers the canary's team member (and an administrator) about its items, by name. */
final class CanaryAnswers {

    private CanaryAnswers() {
    }

    static Map<String, String> of(CanaryApi member, CanaryApi admin, CanaryContent c) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("experiment", body(member.read("/api/experiments/" + c.concluded)));
        answers.put("abandoned experiment", body(member.read("/api/experiments/" + c.abandoned)));
        answers.put("learning", body(member.read("/api/learnings/" + c.learning)));
        answers.put("team experiments", body(member.read("/api/teams/" + c.team + "/experiments")));
        answers.put("team learnings", body(member.read("/api/teams/" + c.team + "/learnings")));
        answers.put("learnings", body(member.read("/api/learnings")));
        answers.put("feed", body(member.read("/api/feed?follow=false", "text/event-stream"))); // what is there, then ends
        answers.put("history NDJSON", body(member.read("/api/history/events", "application/x-ndjson")));
        answers.put("history CSV", body(member.read("/api/history/events", "text/csv")));
        answers.put("timeline", body(member.read("/api/learnings/" + c.learning + "/timeline")));
        answers.put("history NDJSON (administrator)", body(admin.read("/api/history/events", "application/x-ndjson")));
        answers.put("dead letters", body(admin.read("/api/admin/dead-letters")));
        return answers;
    }

    private static String body(CanaryApi.Answer answer) {
        return answer.status() == 200 ? answer.body() : "status " + answer.status() + ": " + answer.body();
    }
}
