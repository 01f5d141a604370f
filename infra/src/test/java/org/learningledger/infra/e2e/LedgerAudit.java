package org.learningledger.infra.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import tools.jackson.databind.JsonNode;

/**
 * Compares the record (the command side's event store) with the read models (the query side's database), over
 * JDBC, and the client's ledger with the record. Direct database reads: they see everything, whoever may read it.
 */
final class LedgerAudit {

    record Stored(long globalIndex, UUID aggregate, long sequence, String type, JsonNode payload) {
    }

    private final LocalStack stack;

    LedgerAudit(LocalStack stack) {
        this.stack = stack;
    }

    /** Every stored event in store order. */
    List<Stored> store() throws SQLException {
        List<Stored> events = new ArrayList<>();
        try (Connection c = stack.postgres().connect("ledger_command"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select global_index, aggregate_identifier, sequence_number, payload_type,"
                     + " payload from domain_event_entry order by global_index")) {
            while (rs.next()) {
                String type = rs.getString(4);
                events.add(new Stored(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getLong(3),
                        type.substring(type.lastIndexOf('.') + 1), LedgerJson.mapper().readTree(rs.getBytes(5))));
            }
        }
        return events;
    }

    /** Acknowledged commands missing from the store, and observations stored more than once (retries must not). */
    List<String> acknowledgedButNotStored(CommandLoad load) throws SQLException {
        Map<UUID, Set<String>> byAggregate = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Stored e : store()) {
            // an observation by its id; any other event by its type and content (a team has many MemberAdded)
            String what = e.type().equals("ObservationRecorded") ? e.payload().path("observationId").asString()
                    : e.type().startsWith("Experiment") ? e.type() : e.type() + e.payload();
            if (!byAggregate.computeIfAbsent(e.aggregate(), k -> new HashSet<>()).add(what)) {
                problems.add("stored twice: " + what + " of " + e.aggregate());
            }
        }
        load.experiments.forEach((id, t) -> {
            Set<String> stored = byAggregate.getOrDefault(id, Set.of());
            if (t.proposed && !stored.contains("ExperimentProposed")) {
                problems.add("acknowledged proposal not stored: " + id + " " + load.attempts.get("propose " + id));
            }
            if (t.started && !stored.contains("ExperimentStarted")) {
                problems.add("acknowledged start not stored: " + id + " " + load.attempts.get("start " + id));
            }
            t.observations.stream().filter(o -> !stored.contains(o.toString()))
                    .forEach(o -> problems.add("acknowledged observation not stored: " + o + " of " + id + " "
                            + load.attempts.get("observe " + o)));
        });
        return problems;
    }

    /** Where the read models differ from the store: empty once the query side has applied everything exactly once. */
    List<String> readModelDifferences() throws SQLException {
        Map<UUID, Long> lastSequence = new TreeMap<>();
        Map<UUID, String> status = new HashMap<>();
        Map<UUID, Set<UUID>> observations = new HashMap<>();
        for (Stored e : store()) {
            lastSequence.put(e.aggregate(), e.sequence());
            switch (e.type()) {
                case "ExperimentProposed" -> status.put(e.aggregate(), "PROPOSED");
                case "ExperimentStarted" -> status.put(e.aggregate(), "STARTED");
                case "ExperimentConcluded" -> status.put(e.aggregate(), "CONCLUDED");
                case "ExperimentAbandoned" -> status.put(e.aggregate(), "ABANDONED");
                case "ObservationRecorded" -> observations.computeIfAbsent(e.aggregate(), k -> new HashSet<>())
                        .add(UUID.fromString(e.payload().path("observationId").asString()));
                default -> { }
            }
        }
        List<String> differences = new ArrayList<>();
        try (Connection c = stack.postgres().connect("ledger_query"); Statement s = c.createStatement()) {
            Map<UUID, Long> applied = uuidMap(s, "select aggregate_id, last_sequence from applied_sequence");
            Map<UUID, String> rows = new HashMap<>();
            Map<UUID, Long> versions = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select id, status, version from experiment")) {
                while (rs.next()) {
                    rows.put(rs.getObject(1, UUID.class), rs.getString(2));
                    versions.put(rs.getObject(1, UUID.class), rs.getLong(3));
                }
            }
            Map<UUID, Set<UUID>> read = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select experiment_id, observation_id from observation")) {
                while (rs.next()) {
                    read.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                }
            }
            lastSequence.forEach((id, last) -> {
                if (!last.equals(applied.get(id))) {
                    differences.add(id + ": stored up to sequence " + last + ", applied " + applied.get(id));
                }
            });
            status.forEach((id, st) -> {
                if (!st.equals(rows.get(id)) || !lastSequence.get(id).equals(versions.get(id))) {
                    differences.add(id + ": stored " + st + " v" + lastSequence.get(id) + ", read " + rows.get(id)
                            + " v" + versions.get(id));
                }
                if (!observations.getOrDefault(id, Set.of()).equals(read.getOrDefault(id, Set.of()))) {
                    differences.add(id + ": stored observations " + observations.getOrDefault(id, Set.of())
                            + ", read " + read.getOrDefault(id, Set.of()));
                }
            });
            rows.keySet().stream().filter(id -> !status.containsKey(id)).forEach(id -> differences.add(id + ": read, never stored"));
            read.keySet().stream().filter(id -> !status.containsKey(id)).forEach(id -> differences.add(id + ": observations of nothing stored"));
            long dead = count(s, "select count(*) from dead_letter");
            if (dead > 0) {
                differences.add(dead + " dead letters");
            }
        }
        return differences;
    }

    static Map<UUID, Long> uuidMap(Statement s, String sql) throws SQLException {
        Map<UUID, Long> map = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                map.put(rs.getObject(1, UUID.class), rs.getLong(2));
            }
        }
        return map;
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
