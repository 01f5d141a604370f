package org.learningledger.command.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who belongs where, as the command side must know it to authorise a command: updated in the same
 * transaction as the organisation events (a subscribing processor), so a removed member is refused
 * from the very next command. Read only to load a command's facts before dispatch; no decision
 * queries it.
 */
@Component
@ProcessingGroup(Directory.GROUP)
public class Directory {

    public static final String GROUP = "directory";

    private final JdbcClient jdbc;

    public Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean regionExists(UUID regionId) {
        return exists("select count(*) from directory_region where region_id = ?", regionId);
    }

    @EventHandler
    void on(RegionRegistered event) {
        jdbc.sql("insert into directory_region values (?) on conflict do nothing").params(event.regionId()).update();
    }

    @EventHandler
    void on(TeamRegistered event) {
        jdbc.sql("insert into directory_team values (?, ?) on conflict do nothing")
                .params(event.teamId(), event.regionId()).update();
    }

    @EventHandler
    void on(MemberAdded event) {
        jdbc.sql("insert into directory_member values (?, ?) on conflict do nothing")
                .params(event.teamId(), event.userId()).update();
    }

    /** The teams the user is a member of, each with its region. */
    public Memberships memberships(UserId userId) {
        Map<TeamId, RegionId> regions = new HashMap<>();
        jdbc.sql("select m.team_id, t.region_id from directory_member m join directory_team t on t.team_id = m.team_id"
                + " where m.user_id = ?").params(userId.value()).query(rs -> {
                    regions.put(new TeamId(rs.getObject(1, UUID.class)), new RegionId(rs.getObject(2, UUID.class)));
                });
        return new Memberships(regions);
    }

    /** The regions the user is a steward of. */
    public Stewardships stewardshipsOf(UserId userId) {
        return new Stewardships(jdbc.sql("select region_id from directory_steward where user_id = ?")
                .params(userId.value()).query(UUID.class).list().stream().map(RegionId::new).toList());
    }

    @EventHandler
    void on(StewardAppointed event) {
        jdbc.sql("insert into directory_steward values (?, ?) on conflict do nothing")
                .params(event.regionId(), event.userId()).update();
    }

    /** In the command's transaction: the former steward is refused from the very next command. */
    @EventHandler
    void on(StewardRemoved event) {
        jdbc.sql("delete from directory_steward where region_id = ? and user_id = ?")
                .params(event.regionId(), event.userId()).update();
    }

    @EventHandler
    void on(MemberRemoved event) {
        jdbc.sql("delete from directory_member where team_id = ? and user_id = ?")
                .params(event.teamId(), event.userId()).update();
    }

    /** The regions the user is a learning reviewer of: the facts of every reviewer's decision. */
    public Reviewerships reviewershipsOf(UserId userId) {
        return new Reviewerships(jdbc.sql("select region_id from directory_reviewer where user_id = ?")
                .params(userId.value()).query(UUID.class).list().stream().map(RegionId::new).toList());
    }

    /** Whether the ledger knows the user: a team's member, a steward, a reviewer or an analyst. */
    public boolean knows(UserId userId) {
        return exists("select (select count(*) from directory_member where user_id = ?)"
                + " + (select count(*) from directory_steward where user_id = ?)"
                + " + (select count(*) from directory_reviewer where user_id = ?)"
                + " + (select count(*) from directory_analyst where user_id = ?)",
                userId.value(), userId.value(), userId.value(), userId.value());
    }

    @EventHandler
    void on(ReviewerAppointed event) {
        jdbc.sql("insert into directory_reviewer values (?, ?) on conflict do nothing")
                .params(event.regionId(), event.userId()).update();
    }

    /** In the command's transaction: the former reviewer sees none of the region's reports from the next command. */
    @EventHandler
    void on(ReviewerRemoved event) {
        jdbc.sql("delete from directory_reviewer where region_id = ? and user_id = ?")
                .params(event.regionId(), event.userId()).update();
    }

    @EventHandler
    void on(AnalystAppointed event) {
        jdbc.sql("insert into directory_analyst values (?) on conflict do nothing").params(event.userId()).update();
    }

    @EventHandler
    void on(AnalystRemoved event) {
        jdbc.sql("delete from directory_analyst where user_id = ?").params(event.userId()).update();
    }

    private boolean exists(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
    }
}
