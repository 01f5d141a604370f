package org.learningledger.infra.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every byte a store holds, as text to search: each table of each schema of a database (binary columns as their
 * bytes, gzip-compressed ones unpacked too, and large objects), and each record of each topic of the broker (key,
 * value and headers), read from offset 0 with a plain consumer and no group. Nothing is parsed, so nothing is
 * skipped: a marker found here is a marker stored.
 */
final class RawStores {

    /** Where a text was found: table or topic names with one excerpt each. */
    record Found(Map<String, String> places) {
        boolean none() {
            return places.isEmpty();
        }
    }

    /** One stored unit (a table, a topic record) and its text. */
    record Unit(String place, String text) {
    }

    private RawStores() {
    }

    static Found find(List<Unit> units, String marker) {
        Map<String, String> places = new LinkedHashMap<>();
        for (Unit u : units) {
            int at = u.text().indexOf(marker);
            if (at >= 0) {
                places.putIfAbsent(u.place(), u.text().substring(Math.max(0, at - 120), Math.min(u.text().length(), at + 120)));
            }
        }
        return new Found(places);
    }

    /** Each base table of every schema but the catalogue's, and the large objects. */
    static List<Unit> database(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_schema, table_name"
                + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2")) {
            while (rs.next()) {
                tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
            }
        }
        List<Unit> units = new ArrayList<>();
        for (String table : tables) {
            StringBuilder text = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        int type = meta.getColumnType(i);
                        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
                            text.append(bytes(rs.getBytes(i)));
                        } else {
                            text.append(rs.getString(i));
                        }
                        text.append('\u001f');
                    }
                    text.append('\n');
                }
            }
            units.add(new Unit(table, text.toString()));
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT oid, lo_get(oid) FROM pg_largeobject_metadata")) {
            while (rs.next()) {
                units.add(new Unit("large object " + rs.getLong(1), bytes(rs.getBytes(2))));
            }
        }
        return units;
    }

    /** Every record of every topic (internal ones aside), tombstones included as their keys. */
    static List<Unit> topics(String bootstrap) throws Exception {
        List<String> names;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            names = new ArrayList<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
        List<Unit> units = new ArrayList<>();
        for (String topic : names) {
            units.addAll(topic(bootstrap, topic));
        }
        return units;
    }

    static List<Unit> topic(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("enable.auto.commit", "false");
        List<Unit> units = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    StringBuilder text = new StringBuilder(bytes(r.key())).append('\u001f').append(bytes(r.value()));
                    for (Header h : r.headers()) {
                        text.append('\u001f').append(h.key()).append('=').append(bytes(h.value()));
                    }
                    units.add(new Unit(topic + " " + r.partition() + "@" + r.offset(), text.toString()));
                }
            }
        }
        return units;
    }

    /** The bytes as UTF-8 text, and unpacked as well when they are gzip. */
    static String bytes(byte[] b) {
        if (b == null) {
            return "";
        }
        String text = new String(b, StandardCharsets.UTF_8);
        if (b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
                text += '\u001f' + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                // not gzip after all
            }
        }
        return text;
    }
}
