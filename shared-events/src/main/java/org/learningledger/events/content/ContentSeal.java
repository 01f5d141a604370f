package org.learningledger.events.content;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.learningledger.events.DomainEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals an event's personal text in its JSON form, and opens it again. A sealed field is the object
 * {@code {"sealed": <content item>, "ct": <base64 AES-GCM>}} in place of the text, bound to its item
 * and field name; a plain text (stored before encryption) opens as itself, and sealed text whose
 * key is erased opens as null. The tree is copied, never changed in place.
 */
public final class ContentSeal {

    static final String SEALED = "sealed";
    static final String CIPHERTEXT = "ct";

    private ContentSeal() {
    }

    /** {@code tree} is {@code event} as JSON; its personal text comes back sealed under the event's item. */
    public static JsonNode seal(DomainEvent event, JsonNode tree, SealingKeys keys) {
        PersonalFields fields = PersonalFields.of(event.getClass());
        if (fields.none() || !(tree instanceof ObjectNode object)) {
            return tree;
        }
        ContentItem item = ContentItems.of(event).orElseThrow(() -> new IllegalStateException(
                event.getClass().getSimpleName() + " has personal fields but names no content item"));
        ObjectNode copy = object.deepCopy();
        SecretKey[] key = new SecretKey[1];
        walk(fields, copy, (node, name) -> {
            JsonNode value = node.get(name);
            if (value != null && value.isString()) {
                if (key[0] == null) {
                    key[0] = keys.forSealing(item);
                }
                node.set(name, sealed(item, name, value.asString(), key[0]));
            }
        });
        return copy;
    }

    /** Opens every sealed field: text where its key is known, null where the item was erased. */
    public static JsonNode open(JsonNode tree, OpeningKeys keys) {
        if (!isSealed(tree)) {
            return tree;
        }
        JsonNode copy = tree.deepCopy();
        Map<ContentItem, Optional<SecretKey>> found = new java.util.HashMap<>();
        return replace(copy, (item, field, ciphertext) -> {
            Optional<SecretKey> key = found.computeIfAbsent(item, keys::forOpening);
            if (key.isEmpty()) {
                return JsonNodeFactory.instance.nullNode();
            }
            try {
                byte[] plain = Aead.decrypt(key.get(), Base64.getDecoder().decode(ciphertext), aad(item, field));
                return JsonNodeFactory.instance.stringNode(new String(plain, StandardCharsets.UTF_8));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new UnreadableContentException(item, field, e);
            }
        });
    }

    /** The content items whose keys {@link #open} will ask for. */
    public static Set<ContentItem> items(JsonNode tree) {
        Set<ContentItem> items = new LinkedHashSet<>();
        collect(tree, items);
        return items;
    }

    /** Stops at the first sealed field: the intake asks this of every event. */
    public static boolean isSealed(JsonNode tree) {
        if (sealedItem(tree).isPresent()) {
            return true;
        }
        if (tree != null && tree.isContainer()) {
            for (JsonNode child : tree) {
                if (isSealed(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tree of an event of {@code type} with every personal field null: what is left once it is erased. */
    public static JsonNode blank(Class<?> type, JsonNode tree) {
        if (!(tree instanceof ObjectNode object)) {
            return tree;
        }
        ObjectNode copy = object.deepCopy();
        walk(PersonalFields.of(type), copy, (node, name) -> {
            if (node.has(name)) {
                node.putNull(name);
            }
        });
        return copy;
    }

    private interface Visit {
        void field(ObjectNode node, String name);
    }

    private static void walk(PersonalFields fields, ObjectNode node, Visit visit) {
        for (String text : fields.texts()) {
            visit.field(node, text);
        }
        for (PersonalFields.Nested nested : fields.nested()) {
            JsonNode child = node.get(nested.name());
            if (!nested.list() && child instanceof ObjectNode o) {
                walk(nested.fields(), o, visit);
            } else if (nested.list() && child != null && child.isArray()) {
                for (JsonNode element : child) {
                    if (element instanceof ObjectNode o) {
                        walk(nested.fields(), o, visit);
                    }
                }
            }
        }
    }

    private static ObjectNode sealed(ContentItem item, String field, String text, SecretKey key) {
        byte[] ciphertext = Aead.encrypt(key, text.getBytes(StandardCharsets.UTF_8), aad(item, field));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(SEALED, item.key());
        node.put(CIPHERTEXT, Base64.getEncoder().encodeToString(ciphertext));
        return node;
    }

    private static String aad(ContentItem item, String field) {
        return item.key() + "#" + field;
    }

    private static Optional<ContentItem> sealedItem(JsonNode node) {
        if (node instanceof ObjectNode o && o.size() == 2 && o.path(SEALED).isString() && o.path(CIPHERTEXT).isString()) {
            return Optional.of(new ContentItem(o.get(SEALED).asString()));
        }
        return Optional.empty();
    }

    private interface Opener {
        JsonNode open(ContentItem item, String field, String ciphertext);
    }

    private static JsonNode replace(JsonNode node, Opener opener) {
        if (node instanceof ObjectNode object) {
            for (String name : Set.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                Optional<ContentItem> item = sealedItem(child);
                if (item.isPresent()) {
                    object.set(name, opener.open(item.get(), name, child.get(CIPHERTEXT).asString()));
                } else {
                    replace(child, opener);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                replace(element, opener);
            }
        }
        return node;
    }

    private static void collect(JsonNode node, Set<ContentItem> items) {
        Optional<ContentItem> item = sealedItem(node);
        if (item.isPresent()) {
            items.add(item.get());
        } else if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, items);
            }
        }
    }
}
