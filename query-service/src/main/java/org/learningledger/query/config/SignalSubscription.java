package org.learningledger.query.config;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * What one feature hears from {@link DatabaseSignals}.
 *
 * @param channels  the NOTIFY channels it owns (plain lower-case names: they are written into LISTEN)
 * @param notice    each notice, as (channel, payload), on the listener's thread
 * @param listening LISTEN holds on every channel now: nothing sent from here on is missed
 * @param lost      the connection failed (or the listener stopped): notices may go unheard until
 *                  {@code listening} again
 * @param whileLost what that means for the feature, for the listener's warning
 */
public record SignalSubscription(List<String> channels, BiConsumer<String, String> notice, Runnable listening,
        Runnable lost, String whileLost) {

    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]*");

    public SignalSubscription {
        channels = List.copyOf(channels);
        if (channels.isEmpty() || !channels.stream().allMatch(c -> CHANNEL.matcher(c).matches())) {
            throw new IllegalArgumentException("Channels must be plain lower-case names: " + channels);
        }
    }
}
