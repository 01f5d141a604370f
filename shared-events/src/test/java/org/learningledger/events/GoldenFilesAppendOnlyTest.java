package org.learningledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden files are append-only: {@code MANIFEST.sha256} pins the bytes of each one. A changed file
 * fails here (give the event a new revision and a new file instead); a new file is added to the
 * manifest with {@code sha256sum}.
 */
class GoldenFilesAppendOnlyTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void everyGoldenFile_isPinnedByTheManifest_andUnchanged() throws IOException {
        Map<String, String> pinned = manifest();
        Map<String, String> present = new TreeMap<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = GOLDEN.relativize(file).toString();
                if (!name.equals("MANIFEST.sha256")) {
                    present.put(name, sha256(Files.readAllBytes(file)));
                }
            }
        }
        assertThat(present).as("golden files and their SHA-256 (a changed file needs a new revision instead)")
                .isEqualTo(pinned);
    }

    private static Map<String, String> manifest() throws IOException {
        return Files.readAllLines(GOLDEN.resolve("MANIFEST.sha256")).stream().filter(line -> !line.isBlank())
                .map(line -> line.split("\\s+", 2))
                .collect(Collectors.toMap(parts -> parts[1].trim(), parts -> parts[0], (a, b) -> a, TreeMap::new));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
