package org.learningledger.infra.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class BrowserRequirementTest {

    @Test
    void givenNoBrowserUnderCi_whenChecked_thenTheTestFailsAndSaysWhatToInstall() {
        assertThatThrownBy(() -> BrowserRequirement.check(false, "true"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CI=true")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    @Test
    void givenNoBrowserOnADevelopersMachine_whenChecked_thenTheTestIsSkippedWithTheReason() {
        assertThatThrownBy(() -> BrowserRequirement.check(false, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("chromium-driver");
        assertThatThrownBy(() -> BrowserRequirement.check(false, "false")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void givenTheBrowser_whenChecked_thenTheTestRunsWhereverItIs() {
        assertThatCode(() -> BrowserRequirement.check(true, "true")).doesNotThrowAnyException();
        assertThatCode(() -> BrowserRequirement.check(true, null)).doesNotThrowAnyException();
    }
}
