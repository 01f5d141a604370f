package org.learningledger.query.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
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

    /** The teams the person is a current member of. */
    public List<Team> teamsOf(String userId) {
        return jdbc.sql("SELECT " + TEAM_COLUMNS + """
                 FROM team t JOIN team_member m ON m.team_id = t.id
                WHERE m.user_id = :user ORDER BY t.name, t.id""").param("user", userId).query(Directory::team).list();
    }

    /** The regions the person is a steward of. */
    public List<Region> stewardshipsOf(String userId) {
        return jdbc.sql("""
                SELECT r.id, r.name FROM region r JOIN steward s ON s.region_id = r.id
                WHERE s.user_id = :user ORDER BY r.name, r.id""").param("user", userId).query(Directory::region).list();
    }

    public boolean isAnalyst(String userId) {
        return jdbc.sql("SELECT count(*) FROM analyst WHERE user_id = :user").param("user", userId)
                .query(Long.class).single() > 0;
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getObject("id", UUID.class), rs.getString("name"));
    }

    private static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("region_id", UUID.class),
                rs.getString("focus"));
    }
}
