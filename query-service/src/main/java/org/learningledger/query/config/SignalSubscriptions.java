package org.learningledger.query.config;

import java.util.List;
import org.learningledger.query.feed.FeedSignals;
import org.learningledger.query.keys.KeyErasureSignals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which features hear {@link DatabaseSignals}, wired here because features never depend on config (see
 * ArchitectureTest): each feature offers plain methods, and this class makes them a subscription.
 */
@Configuration(proxyBeanMethods = false)
public class SignalSubscriptions {

    @Bean
    public SignalSubscription feedSignalsSubscription(FeedSignals feed) {
        return new SignalSubscription(FeedSignals.CHANNELS, (channel, payload) -> feed.heard(channel),
                feed::listenHolds, feed::lost, "open feeds fall back to their slow poll");
    }

    @Bean
    public SignalSubscription keyErasureSubscription(KeyErasureSignals keys) {
        return new SignalSubscription(List.of(KeyErasureSignals.CHANNEL), (channel, item) -> keys.heard(item),
                keys::listenHolds, keys::lost, "the key cache keeps nothing beyond a batch");
    }
}
