package org.learningledger.query.intake;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * The intake's logic for callers outside the listener (a rebuild): applies records exactly as the
 * live intake does (duplicate check, projections, dead letters, positions). Called inside an open
 * transaction it joins it, so a caller that first ran {@code SET LOCAL search_path} applies them to
 * that schema's tables.
 */
@Component
public class ReplayIntake {

    private final EventIntake intake;

    ReplayIntake(EventIntake intake) {
        this.intake = intake;
    }

    public void apply(List<ConsumerRecord<String, byte[]>> records) {
        if (!records.isEmpty()) {
            intake.apply(records);
        }
    }
}
