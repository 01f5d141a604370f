package org.learningledger.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AeadTest {

    @Test
    void givenATamperedCiphertextRefused_whenTheNextOneIsOpenedOnTheSameThread_thenItOpens() throws Exception {
        SecretKey key = Aead.newKey();
        byte[] sealed = Aead.encrypt(key, "first".getBytes(StandardCharsets.UTF_8), "item#field");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> Aead.decrypt(key, tampered, "item#field")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> Aead.decrypt(key, sealed, "item#other")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> Aead.decrypt(Aead.newKey(), sealed, "item#field")).isInstanceOf(GeneralSecurityException.class);

        assertThat(new String(Aead.decrypt(key, sealed, "item#field"), StandardCharsets.UTF_8)).isEqualTo("first");
        byte[] second = Aead.encrypt(key, "second".getBytes(StandardCharsets.UTF_8), "item#field");
        assertThat(new String(Aead.decrypt(key, second, "item#field"), StandardCharsets.UTF_8)).isEqualTo("second");
    }
}
