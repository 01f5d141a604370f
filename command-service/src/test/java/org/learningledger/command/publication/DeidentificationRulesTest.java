package org.learningledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeidentificationRulesTest {

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "birth-number   | The boy (rč 785215/1010) said he felt heard.          | 785215/1010",
            "birth-number   | rodné číslo 0406121001 on the form                     | 0406121001",
            "birth-number   | born before 1954: 510101/123                           | 510101/123",
            "email          | write to jana.novakova@ospod-pardubice.cz for details  | jana.novakova@ospod-pardubice.cz",
            "phone          | mother reachable on +420 605 123 456 in the evening    | +420 605 123 456",
            "phone          | call 605 123 456 after school                          | 605 123 456",
            "phone          | call 605123456 after school                            | 605123456",
            "street-address | the family lives at Palackého 1234/5 near the park     | Palackého 1234/5",
            "street-address | visit at Masarykova 12a                                | Masarykova 12a",
            "street-address | she moved to 221 Baker Street last month               | 221 Baker Street",
            "date-of-birth  | the girl, narozena 12. 3. 2015, goes to school         | narozena 12. 3. 2015",
            "date-of-birth  | child's date of birth: 2016-04-01                      | date of birth: 2016-04-01",
            "date-of-birth  | DOB 3/4/2012                                           | DOB 3/4/2012"})
    void givenIdentifyingDetail_whenScanned_thenFoundWithItsPosition(String rule, String text, String match) {
        List<Finding> findings = DeidentificationRules.scan("summary", text);
        assertThat(findings).extracting(Finding::rule).contains(rule);
        Finding finding = findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(match);
        assertThat(finding.field()).isEqualTo("summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Escalations fell from 12 to 4 within 6 weeks in 5 of 7 families.",
            "We met on 12. 3. 2025 and agreed a plan.",
            "Case conferences took 45 minutes instead of 90.",
            "Order number 123456/7890 is not a birth number because its date is impossible.",
            "785215/1011 fails the checksum, so it is an ordinary reference.",
            "Masarykova university helped with the evaluation.",
            "Scores went from 3.5 to 4.25 out of 5; 120 130 140 are not a phone number either.",
            "The team met twice a week, 2024-2025, in room 12.",
            "We used the Signs of Safety framework (version 2.1)."})
    void givenOrdinaryPracticeText_whenScanned_thenNothingFound(String text) {
        assertThat(DeidentificationRules.scan("summary", text)).isEmpty();
    }
}
