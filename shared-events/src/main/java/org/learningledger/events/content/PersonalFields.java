package org.learningledger.events.content;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an event's personal text is, read from its record components: a text component is personal
 * unless it is {@link NotPersonal}; nested records and lists of records are followed.
 */
public record PersonalFields(List<String> texts, List<Nested> nested) {

    /** A record component holding a record ({@code list} false) or a list of records. */
    public record Nested(String name, boolean list, PersonalFields fields) {
    }

    private static final ClassValue<PersonalFields> OF = new ClassValue<>() {
        @Override
        protected PersonalFields computeValue(Class<?> type) {
            List<String> texts = new ArrayList<>();
            List<Nested> nested = new ArrayList<>();
            for (RecordComponent component : components(type)) {
                Class<?> kind = component.getType();
                if (kind == String.class && component.getAnnotation(NotPersonal.class) == null) {
                    texts.add(component.getName());
                } else if (kind.isRecord()) {
                    nested.add(new Nested(component.getName(), false, OF.get(kind)));
                } else if (List.class.isAssignableFrom(kind) && elementType(component).isRecord()) {
                    nested.add(new Nested(component.getName(), true, OF.get(elementType(component))));
                }
            }
            return new PersonalFields(List.copyOf(texts), List.copyOf(nested));
        }
    };

    public static PersonalFields of(Class<?> type) {
        return OF.get(type);
    }

    public boolean none() {
        return texts.isEmpty() && nested.stream().allMatch(n -> n.fields().none());
    }

    static RecordComponent[] components(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return type.getRecordComponents();
    }

    static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
