package org.learningledger.events.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipt codes: long, random, typeable; their hash stable and one per code. */
class ReceiptsTest {

    private static final String CODE = "7KQ2M9XD4RTFPW3H8ZNCV6AB01";

    @Test
    void aNewCodeIsTwentySixCharactersOfTheAlphabetAndNeverRepeats() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = Receipts.newCode();
            assertThat(code).hasSize(26).matches("[" + Receipts.ALPHABET + "]{26}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void aCodeIsShownInGroupsOfFour() {
        assertThat(Receipts.shown(CODE)).isEqualTo("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-01");
    }

    @Test
    void typedFormsNormaliseToTheCanonicalCode() {
        assertThat(Receipts.normalise("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-01")).contains(CODE);
        assertThat(Receipts.normalise(" 7kq2 m9xd 4rtf pw3h 8znc v6ab 01 ")).contains(CODE);
        assertThat(Receipts.normalise("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-oI")).contains(CODE);
        assertThat(Receipts.normalise("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-0l")).contains(CODE);
        assertThat(Receipts.normalise(Receipts.shown(CODE))).contains(CODE);
    }

    @Test
    void malformedCodesNormaliseToNothing() {
        assertThat(Receipts.normalise(null)).isEmpty();
        assertThat(Receipts.normalise("")).isEmpty();
        assertThat(Receipts.normalise("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-0")).isEmpty(); // too short
        assertThat(Receipts.normalise("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-012")).isEmpty(); // too long
        assertThat(Receipts.normalise("7KQ2-M9XD-4RTF-PW3H-8ZNC-V6AB-0U")).isEmpty(); // U is not in the alphabet
        assertThat(Receipts.normalise("7KQ2_M9XD_4RTF_PW3H_8ZNC_V6AB_01")).isEmpty();
        assertThat(Receipts.normalise("-".repeat(5000))).isEmpty();
    }

    @Test
    void theHashIsStableAndNamesItsScheme() {
        String hash = Receipts.hash(CODE);
        assertThat(hash).startsWith("pbkdf2-sha256$210000$").isEqualTo(Receipts.hash(CODE));
        assertThat(hash.substring(Receipts.PREFIX.length())).hasSize(44).doesNotContain(CODE);
    }

    @Test
    void differentCodesHashDifferently() {
        assertThat(Receipts.hash(CODE)).isNotEqualTo(Receipts.hash("7KQ2M9XD4RTFPW3H8ZNCV6AB02"));
    }

    @Test
    void onlyCanonicalCodesAreHashedOrShown() {
        assertThatThrownBy(() -> Receipts.hash("7kq2-m9xd-4rtf-pw3h-8znc-v6ab-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Receipts.shown("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
