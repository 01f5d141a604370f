package org.learningledger.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningledger.events.content.Aead;

class LocalKeysTest {

    @TempDir
    Path home;

    @Test
    void givenNoKeys_whenCreated_thenOwnerOnlyFilesWithVersionOneAndASecret() throws Exception {
        LocalKeys keys = LocalKeys.at(home.resolve("keys"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("keys")))).isEqualTo("rwx------");
        for (Path file : List.of(keys.kekFile(), keys.secretFile())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String kek = Files.readString(keys.kekFile());
        assertThat(kek).matches("1:[A-Za-z0-9+/]{43}=\n");
        assertThat(Base64.getDecoder().decode(kek.substring(2).trim())).hasSize(32);
        assertThat(keys.secret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(keys.ring().current()).isEqualTo(1);
        assertThat(home.resolve("keys").toFile().list()).containsExactlyInAnyOrder("kek", "internal.secret");
    }

    @Test
    void givenKeys_whenAskedAgain_thenTheSameFilesAreKept() throws Exception {
        LocalKeys first = LocalKeys.at(home.resolve("keys"));
        String kek = Files.readString(first.kekFile());
        String secret = first.secret();

        LocalKeys again = LocalKeys.at(home.resolve("keys"));

        assertThat(Files.readString(again.kekFile())).isEqualTo(kek);
        assertThat(again.secret()).isEqualTo(secret);
    }

    @Test
    void givenAnOperatorKek_whenOnlyTheSecretIsMade_thenNoKekFile() throws Exception {
        LocalKeys keys = LocalKeys.at(home.resolve("keys"), false, true);

        assertThat(keys.kekFile()).doesNotExist();
        assertThat(keys.secretFile()).exists();
    }

    @Test
    void givenAKeyFile_whenRotated_thenTheNextVersionIsAppendedAndEveryEarlierOneKept() throws Exception {
        LocalKeys keys = LocalKeys.at(home.resolve("keys"));
        String before = Files.readString(keys.kekFile());

        assertThat(LocalKeys.rotate(keys.kekFile())).isEqualTo(2);
        assertThat(LocalKeys.rotate(keys.kekFile())).isEqualTo(3);

        String after = Files.readString(keys.kekFile());
        assertThat(after).startsWith(before);
        assertThat(after.lines()).hasSize(3).element(2).asString().startsWith("3:");
        assertThat(keys.ring().versions()).containsOnlyKeys(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.kekFile()))).isEqualTo("rw-------");
    }

    @Test
    void givenARing_whenAKeyIsWrapped_thenTheCurrentVersionUnwrapsItBoundToItsItem() throws Exception {
        String one = Base64.getEncoder().encodeToString(new byte[32]);
        String two = Base64.getEncoder().encodeToString(Aead.newKey().getEncoded());
        KekRing ring = KekRing.parse("# comment\n1:" + one + "\n\n2:" + two + "\n");
        byte[] raw = Aead.newKey().getEncoded();

        byte[] wrapped = ring.wrap("experiment/x", raw);

        assertThat(ring.current()).isEqualTo(2);
        assertThat(Aead.decrypt(ring.versions().get(2), wrapped, "experiment/x")).isEqualTo(raw);
        assertThatThrownBy(() -> Aead.decrypt(ring.versions().get(2), wrapped, "experiment/y"))
                .isInstanceOf(java.security.GeneralSecurityException.class);
        assertThat(KekRing.parse("1:" + one + ",2:" + two).current()).isEqualTo(2);
        assertThatThrownBy(() -> KekRing.parse("1:" + one + "\n1:" + two)).hasMessageContaining("twice");
    }
}
