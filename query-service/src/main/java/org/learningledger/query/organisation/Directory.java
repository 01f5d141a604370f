package org.learningledger.query.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the organisation read model: the public directory and the recorded facts about one person.
 * Lists are in alphabetical order, never in an order that could read as a ranking.
 */
@Component
public class Directory {

    private static final String TEAM_COLUMNS = "t.id, t.name, t.region_id, t.focus";

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> regions() {
        return jdbc.sql("SELECT id, name FROM region ORDER BY name, id").query(Directory::region).list();
    }

    public List<Team> teams() {
        return jdbc.sql("SELECT " + TEAM_COLUMNS + " FROM team t ORDER BY t.name, t.id").query(Directory::team).list();
    }

    /**
     * Every team's and region's name in one statement, for an export to show beside the ids (names are not
     * secret: the directory lists them to every reader). Fail closed: a stopped team or region has no name.
     */
    public Names names() {
        Map<UUID, String> teams = new HashMap<>();
        Map<UUID, String> regions = new HashMap<>();
        Map<UUID, UUID> teamRegions = new HashMap<>();
        jdbc.sql("""
                SELECT 'team' AS kind, t.id, t.name, t.region_id FROM team t
                 WHERE NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = t.id)
                UNION ALL
                SELECT 'region', r.id, r.name, NULL FROM region r
                 WHERE NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = r.id)""")
                .query((RowCallbackHandler) rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    if ("team".equals(rs.getString("kind"))) {
                        teams.put(id, rs.getString("name"));
                        teamRegions.put(id, rs.getObject("region_id", UUID.class));
                    } else {
                        regions.put(id, rs.getString("name"));
                    }
                });
        return new Names(teams, regions, teamRegions);
    }

    /**
     * The person's teams, stewardships, reviewer appointments and analyst appointment in one statement: every request's
     * reader is built from these, so one round trip instead of three matters. Fail closed: a team,
     * region or appointment the intake stopped (a removal may be among its unapplied events) grants
     * nothing.
     */
    public PersonFacts factsAbout(String userId) {
        List<Team> teams = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        List<Region> reviews = new ArrayList<>();
        boolean[] analyst = {false};
        jdbc.sql("""
                SELECT 'team' AS kind, t.id, t.name, t.region_id, t.focus
                  FROM team t JOIN team_member m ON m.team_id = t.id WHERE m.user_id = :user
                   AND NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = t.id)
                UNION ALL
                SELECT 'steward', r.id, r.name, NULL, NULL FROM region r JOIN steward s ON s.region_id = r.id
                 WHERE s.user_id = :user AND NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = r.id)
                UNION ALL
                SELECT 'reviewer', r.id, r.name, NULL, NULL FROM region r JOIN reviewer v ON v.region_id = r.id
                 WHERE v.user_id = :user AND NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = r.id)
                UNION ALL
                SELECT 'analyst', NULL, NULL, NULL, NULL FROM analyst a WHERE user_id = :user
                   AND NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = a.appointment_id)
                ORDER BY 1, 3, 2""").param("user", userId).query((RowCallbackHandler) rs -> {
                    switch (rs.getString("kind")) {
                        case "team" -> teams.add(team(rs, 0));
                        case "steward" -> regions.add(region(rs, 0));
                        case "reviewer" -> reviews.add(region(rs, 0));
                        default -> analyst[0] = true;
                    }
                });
        return new PersonFacts(teams, regions, reviews, analyst[0]);
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getObject("id", UUID.class), rs.getString("name"));
    }

    private static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("region_id", UUID.class),
                rs.getString("focus"));
    }
}
