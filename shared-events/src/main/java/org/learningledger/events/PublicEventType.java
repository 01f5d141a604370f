package org.learningledger.events;

/**
 * The public contract of {@link Topics#PUBLISHED}: each CloudEvent type carries its version, and
 * its {@code dataschema} names a JSON Schema that the ledger serves under {@code /schemas/}. A
 * changed shape is a new version (a new constant and a new schema file), never an edit. The topic
 * is compacted by learning id, so each record is a learning's whole current public state:
 * {@link #LEARNING_STATE_V1} while it is national, {@link #LEARNING_WITHDRAWN_V1} once withdrawn.
 */
public enum PublicEventType {
    /**
     * A learning was published to the nation; carries the snapshot. No longer emitted (a later
     * endorsement record would replace it under compaction): see {@link #LEARNING_STATE_V1}.
     */
    LEARNING_PUBLISHED_V1("published", 1),
    /** A steward endorsed a learning while it was national. No longer emitted: folded into the state. */
    LEARNING_ENDORSED_V1("endorsed", 1),
    /** A national learning was withdrawn: only the fact, never its content or reason. */
    LEARNING_WITHDRAWN_V1("withdrawn", 1),
    /** A national learning's whole current public state: its national snapshot and national endorsements. */
    LEARNING_STATE_V1("state", 1);

    public static final String SOURCE = "urn:learning-ledger";
    private static final String PREFIX = "org.learningledger.learning.";

    private final String fact;
    private final int version;

    PublicEventType(String fact, int version) {
        this.fact = fact;
        this.version = version;
    }

    /** The CloudEvents {@code type}, e.g. {@code org.learningledger.learning.published.v1}. */
    public String type() {
        return PREFIX + fact + ".v" + version;
    }

    /** The file name of its JSON Schema, served at {@code <schema base>/<file>}. */
    public String schemaFile() {
        return "learning." + fact + ".v" + version + ".json";
    }

    /** Where the schema files are on the classpath. */
    public String schemaResource() {
        return "/public-schemas/" + schemaFile();
    }
}
