package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;

/** The KEK ring: its two written forms, rotation, and wrapping bound to the item. */
class KekRingTest {

    private static final ContentItem ITEM = ContentItem.experiment(UUID.randomUUID());

    private static String entry(int version) {
        return version + ":" + Base64.getEncoder().encodeToString(Aead.newKey().getEncoded());
    }

    @Test
    void givenAFileWithCommentsAndBlankLines_whenRead_thenEveryVersionAndTheHighestIsCurrent() {
        KekRing ring = KekRing.fromLines("kek", List.of("# rotated in May", "", entry(1), "  " + entry(3) + "  ", entry(2)));
        assertThat(ring.versions()).containsExactly(1, 2, 3);
        assertThat(ring.current()).isEqualTo(3);
        assertThat(ring.wrap(ITEM, Aead.newKey()).version()).isEqualTo(3);
    }

    @Test
    void givenABadLine_whenRead_thenTheErrorNamesTheSourceAndLineButNoKey() {
        String good = entry(1);
        assertThatThrownBy(() -> KekRing.fromLines("ledger.keys.kek-file /k", List.of("# c", good, "2:not base64!")))
                .hasMessageStartingWith("ledger.keys.kek-file /k line 3: expected version:base64")
                .hasMessageNotContaining(good.substring(2));
        assertThatThrownBy(() -> KekRing.fromLines("f", List.of(good, "2:" + Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessage("f line 2: the key must be 32 bytes (AES-256), not 16");
        assertThatThrownBy(() -> KekRing.fromLines("f", List.of(good, good)))
                .hasMessage("f line 2: version 1 is listed twice");
        assertThatThrownBy(() -> KekRing.fromLines("f", List.of("0:" + good.substring(2))))
                .hasMessage("f line 1: the version must be 1 or more");
        assertThatThrownBy(() -> KekRing.fromLines("f", List.of("# nothing yet")))
                .hasMessage("f: no key-encryption key in it");
    }

    @Test
    void givenTheSetting_whenAnEntryIsBad_thenTheErrorNamesTheEntry() {
        assertThat(KekRing.fromSetting("ledger.keys.kek", entry(1) + "," + entry(2)).current()).isEqualTo(2);
        assertThatThrownBy(() -> KekRing.fromSetting("ledger.keys.kek", entry(1) + ",,"))
                .hasMessageStartingWith("ledger.keys.kek entry 2: expected version:base64");
    }

    @Test
    void givenKeysWrappedUnderVersion1_whenVersion2IsAdded_thenNewKeysUseIt2AndOldOnesStillUnwrap() {
        String v1 = entry(1);
        SecretKey dataKey = Aead.newKey();
        KekRing.Wrapped old = KekRing.fromSetting("k", v1).wrap(ITEM, dataKey);

        KekRing rotated = KekRing.fromSetting("k", v1 + "," + entry(2));

        assertThat(rotated.unwrap(ITEM, old.version(), old.bytes()).getEncoded()).isEqualTo(dataKey.getEncoded());
        KekRing.Wrapped fresh = rotated.wrap(ITEM, dataKey);
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(rotated.unwrap(ITEM, 2, fresh.bytes()).getEncoded()).isEqualTo(dataKey.getEncoded());
    }

    @Test
    void givenAWrappedKey_whenUnwrappedForAnotherItemOrWithoutItsVersion_thenRefused() {
        KekRing ring = KekRing.fromSetting("k", entry(1));
        KekRing.Wrapped wrapped = ring.wrap(ITEM, Aead.newKey());
        ContentItem other = ContentItem.experiment(UUID.randomUUID());
        assertThatThrownBy(() -> ring.unwrap(other, 1, wrapped.bytes())).isInstanceOf(KekRing.UnwrapFailed.class)
                .hasMessageContaining(other.key()).hasMessageContaining("does not unwrap");
        assertThatThrownBy(() -> ring.unwrap(ITEM, 7, wrapped.bytes())).isInstanceOf(KekRing.UnwrapFailed.class)
                .hasMessageContaining("version 7 is not configured");
    }

    @Test
    void givenNoSetting_whenStarting_thenTheRefusalNamesBothSettings() {
        assertThatThrownBy(() -> new KeyEncryptionKeys("", " ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.keys.kek").hasMessageContaining("ledger.keys.kek-file")
                .hasMessageContaining("LEDGER_KEK").hasMessageContaining("LEDGER_KEK_FILE");
        assertThatThrownBy(() -> new KeyEncryptionKeys(entry(1), "/somewhere")).hasMessageContaining("Both");
    }

    @Test
    void givenAKeyFile_whenAVersionIsAddedAndReloaded_thenTheNewVersionIsCurrent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kek");
        Files.writeString(file, entry(1) + "\n");
        KeyEncryptionKeys keks = new KeyEncryptionKeys("", file.toString());
        assertThat(keks.ring().current()).isEqualTo(1);

        Files.writeString(file, entry(2) + "\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(keks.reload().current()).isEqualTo(2);
        assertThat(keks.ring().versions()).containsExactly(1, 2);
    }

    @Test
    void givenKeyFileRotatedThroughAnotherInstance_whenAKeyNamesTheNewVersion_thenTheFileIsReadAgain(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("kek");
        Files.writeString(file, entry(1) + "\n");
        KeyEncryptionKeys keks = new KeyEncryptionKeys("", file.toString());
        Files.writeString(file, entry(2) + "\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(keks.ringWith(2).versions()).containsExactly(1, 2);
        assertThat(keks.ring().current()).as("sealing under the new version from now on").isEqualTo(2);
    }

    @Test
    void givenAMissingKeyFile_whenStarting_thenTheRefusalNamesTheSettingAndPath(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new KeyEncryptionKeys("", missing.toString()))
                .hasMessageContaining("ledger.keys.kek-file " + missing);
    }
}
