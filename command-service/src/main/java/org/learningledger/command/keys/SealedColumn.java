package org.learningledger.command.keys;

import org.learningledger.events.DomainEvent;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentSeal;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A personal text that a table of the command database keeps beside the store (the directory's copy
 * of an experiment's question for publications): kept sealed under its event's content item, as the
 * store keeps it, and opened on reading; erased with its item. A value stored in clear by an earlier
 * release opens as itself until the migration seals it.
 */
@Component
public class SealedColumn {

    private final DataKeys keys;

    SealedColumn(DataKeys keys) {
        this.keys = keys;
    }

    /** The sealed JSON of {@code event}'s personal text field {@code field}; null when the text is null. */
    public String seal(DomainEvent event, String field) {
        JsonNode sealed = ContentSeal.seal(event, LedgerJson.mapper().valueToTree(event), keys).get(field);
        return sealed == null || sealed.isNull() ? null : sealed.toString();
    }

    /** The text of a value {@link #seal} wrote under {@code field}; null when erased or null. */
    public String open(String column, String field) {
        if (column == null) {
            return null;
        }
        ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set(field, isSealed(column) ? LedgerJson.mapper().readTree(column)
                : JsonNodeFactory.instance.stringNode(column));
        JsonNode opened = ContentSeal.open(holder, keys).get(field);
        return opened == null || opened.isNull() ? null : opened.asString();
    }

    public static boolean isSealed(String column) {
        return column != null && column.startsWith("{\"sealed\"");
    }
}
