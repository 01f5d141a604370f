package org.learningledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules against what Czech social workers really write: phones, names, an age with a place. */
class CzechWritingRulesTest {

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "phone         | ať zavolá matce na 605 123 456.                 | 605 123 456",
            "phone         | číslo 605123456, prosím                         | 605123456",
            "phone         | volejte +420 605 123 456;                       | +420 605 123 456",
            "phone         | otec (00420 605 123 456) nebral telefon         | 00420 605 123 456",
            "phone         | na 605-123-456!                                 | 605-123-456",
            "phone         | babička má 605 12 34 56?                        | 605 12 34 56",
            "phone         | (+420) 605 123 456                              | (+420) 605 123 456",
            "phone         | tel.605 123 456                                 | 605 123 456",
            "phone         | pevná linka 224 123 456)                        | 224 123 456",
            "personal-name | Anička Veselá se bála.                          | Anička",
            "personal-name | Anička Veselá se bála.                          | Veselá",
            "personal-name | o Aničce mluvila učitelka                       | Aničce",
            "personal-name | s Aničkou jsme kreslili                         | Aničkou",
            "personal-name | hračka Aničky zůstala doma                      | Aničky",
            "personal-name | dopis od paní Veselé přišel                     | paní Veselé",
            "personal-name | mluvili jsme s Veselou                          | Veselou",
            "personal-name | Novákovi jsme volali                            | Novákovi",
            "personal-name | bez pana Nováka to nešlo                        | pana Nováka",
            "personal-name | s Novákem jsme se sešli                         | Novákem",
            "personal-name | u Novákových bylo ticho                         | Novákových",
            "personal-name | Nováková přišla pozdě                           | Nováková",
            "personal-name | sešli jsme se u Novákové                        | Novákové",
            "personal-name | s Novákovou jsme mluvili                        | Novákovou",
            "personal-name | Markovi se ulevilo                              | Markovi",
            "personal-name | zprávu poslala MUDr. Kratochvílová              | MUDr. Kratochvílová",
            "personal-name | slečna Bartáková pomohla                        | slečna Bartáková",
            "personal-name | panu Zavadilovi jsme to vysvětlili              | panu Zavadilovi",
            "personal-name | Mgr. Horký ji doprovodil                        | Mgr. Horký",
            "age-and-place | sedmiletý chlapec z Dolní Lhoty plakal          | sedmiletý chlapec z Dolní Lhoty",
            "age-and-place | 8letá dívka ze Zálesí se nebála                 | 8letá dívka ze Zálesí",
            "age-and-place | ve Zálesí žije osmiletá holčička                | ve Zálesí žije osmiletá",
            "age-and-place | dívka ve věku 8 let z Horní Bříze              | ve věku 8 let z Horní Bříze"})
    void givenCzechIdentifyingDetail_whenScanned_thenFoundWithItsPosition(String rule, String text, String match) {
        List<Finding> findings = DeidentificationRules.scan("text", text);
        assertThat(findings).filteredOn(f -> f.rule().equals(rule))
                .extracting(f -> text.substring(f.start(), f.end())).contains(match);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Postupovali jsme podle zákona č. 359/1999 Sb., o sociálně-právní ochraně dětí.",
            "Podle § 6 odst. 1 jsme dítě zařadili do evidence.",
            "V roce 2024 jsme tak pracovali s 12 rodinami.",
            "Rodina přišla na 3 ze 5 schůzek.",
            "Metodika verze 2.1 z 1. 3. 2026 platí dál.",
            "Spis čj. MPSV-2024/12345 jsme uzavřeli.",
            "Skóre kleslo ze 120 130 na 140 bodů; průměr byl 3,5.",
            "Rozpočet 250 000 000 Kč na 3 roky.",
            "Záznam PRIVATE-4d5f3bfd-b650-4c1e-b7f6-a727517753b1 je kód, ne telefon.",
            "Veselá atmosféra ve skupině pomohla všem.",
            "Černý humor nám pomáhá ustát těžké dny.",
            "Tříletý projekt v Kolíně skončil.",
            "Osmiletá dívka z Prahy se ptala na tátu.",
            "Pan ředitel souhlasil s pilotem.",
            "Paní učitelka zavolala sociální pracovnici.",
            "Karlova univerzita a Masarykova univerzita s námi spolupracují."})
    void givenOrdinaryCzechPracticeText_whenScanned_thenNothingFound(String text) {
        assertThat(DeidentificationRules.scan("text", text)).isEmpty();
    }

    @Test
    void givenTitleAndListedName_whenScanned_thenOneFindingPerNameNotTwo() {
        List<Finding> findings = DeidentificationRules.scan("text", "Přišla Mgr. Jana Nováková.");
        assertThat(findings).extracting(Finding::text).containsExactly("Mgr. Jana", "Nováková");
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    @Test
    void givenAnOrdinaryWordSurname_whenItOpensTheSentence_thenNotAName() {
        assertThat(DeidentificationRules.scan("text", "Veselý den. Potom přišel Veselý."))
                .extracting(Finding::text).containsExactly("Veselý");
    }
}
