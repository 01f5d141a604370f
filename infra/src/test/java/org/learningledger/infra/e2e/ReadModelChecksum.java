package org.learningledger.infra.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An order-independent checksum of every table of the query database except the intake's positions (which a
 * rewind resets on purpose) and Flyway's history. Tables are found at run time, so read models added later are
 * covered without touching this test.
 */
final class ReadModelChecksum {

    private static final List<String> EXCLUDED = List.of("consumer_position", "flyway_schema_history");

    private ReadModelChecksum() {
    }

    static Map<String, String> of(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (rs.next()) {
                if (!EXCLUDED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        Map<String, String> sums = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ''"
                        + " order by md5(t::text))), '-') from \"" + table + "\" t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return sums;
    }
}
