package org.learningledger.command.support;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every byte of every table of a database, as text: each table read with {@code COPY ... TO STDOUT}
 * (zonky's PostgreSQL has no pg_dump). {@code bytea} comes out hex-encoded, so a search looks for
 * the text and its hex form.
 */
public final class StoreDump {

    private StoreDump() {
    }

    public static Map<String, String> tables(DataSource dataSource) {
        List<String> tables = JdbcClient.create(dataSource).sql("select quote_ident(table_schema) || '.' ||"
                + " quote_ident(table_name) from information_schema.tables where table_type = 'BASE TABLE'"
                + " and table_schema not in ('pg_catalog', 'information_schema') order by 1").query(String.class).list();
        Map<String, String> dump = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (String table : tables) {
                StringWriter out = new StringWriter();
                pg.getCopyAPI().copyOut("COPY " + table + " TO STDOUT", out);
                dump.put(table, out.toString());
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not dump the database", e);
        }
        return dump;
    }

    /** The tables in which {@code text} occurs, as text or as the hex of its UTF-8 bytes. */
    public static List<String> tablesHolding(Map<String, String> dump, String text) {
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
        return dump.entrySet().stream().filter(e -> e.getValue().contains(text) || e.getValue().contains(hex))
                .map(Map.Entry::getKey).toList();
    }
}
