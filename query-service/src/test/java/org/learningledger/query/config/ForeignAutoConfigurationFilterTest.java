package org.learningledger.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ForeignAutoConfigurationFilterTest {

    private final String[] candidates = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.axonframeworkish.Other"};

    @Test
    void givenExcludedPackage_whenFiltering_thenOnlyThatPackageIsDropped() {
        var filter = new ForeignAutoConfigurationFilter();
        filter.setEnvironment(new MockEnvironment().withProperty(ForeignAutoConfigurationFilter.PROPERTY, "org.axonframework"));
        assertThat(filter.match(candidates, null)).containsExactly(false, true, true);
    }

    @Test
    void givenNoProperty_whenFiltering_thenEverythingPasses() {
        var filter = new ForeignAutoConfigurationFilter();
        filter.setEnvironment(new MockEnvironment());
        assertThat(filter.match(candidates, null)).containsExactly(true, true, true);
    }
}
