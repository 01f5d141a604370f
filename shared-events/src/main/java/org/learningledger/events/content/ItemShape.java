package org.learningledger.events.content;

/**
 * The shape of a content item's key, checked by hand: the intake and the key endpoint check every
 * sealed field's item several times per event, and the regular expression this replaces was a third
 * of the key endpoint's CPU. Accepts exactly what {@code ContentItemShapeTest} states as a pattern.
 */
final class ItemShape {

    private static final int UUID_LENGTH = 36;
    private static final String[] PLAIN = {"report/", "lesson/", "case-review/", "challenge/"};

    private ItemShape() {
    }

    static boolean matches(String key) {
        if (key.startsWith("experiment/")) {
            int at = "experiment/".length();
            if (!uuidAt(key, at)) {
                return false;
            }
            at += UUID_LENGTH;
            return at == key.length()
                    || key.startsWith("/observation/", at) && uuidAt(key, at + 13) && at + 13 + UUID_LENGTH == key.length();
        }
        if (key.startsWith("learning/")) {
            int at = "learning/".length();
            if (!uuidAt(key, at) || !key.startsWith("/", at + UUID_LENGTH)) {
                return false;
            }
            String rest = key.substring(at + UUID_LENGTH + 1);
            return rest.equals("withdrawal")
                    || rest.startsWith("revision/") && digits(rest, "revision/".length())
                    || rest.startsWith("version/") && digits(rest, "version/".length())
                    || rest.startsWith("endorsement/") && steward(rest, "endorsement/".length());
        }
        for (String prefix : PLAIN) {
            if (key.startsWith(prefix)) {
                return key.length() == prefix.length() + UUID_LENGTH && uuidAt(key, prefix.length());
            }
        }
        return false;
    }

    /** 36 characters of {@code [0-9a-f-]} from {@code at}. */
    private static boolean uuidAt(String s, int at) {
        if (at + UUID_LENGTH > s.length()) {
            return false;
        }
        for (int i = at; i < at + UUID_LENGTH; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{1,9}} to the end: ASCII digits only, as the pattern's {@code \d} without UNICODE_CHARACTER_CLASS. */
    private static boolean digits(String s, int from) {
        int n = s.length() - from;
        if (n < 1 || n > 9) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code [^\s/]{1,200}} to the end, counted in code points as the pattern counts them. */
    private static boolean steward(String s, int from) {
        int count = 0;
        for (int i = from; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == '/' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
            count++;
            i += Character.charCount(c);
        }
        return count >= 1 && count <= 200;
    }
}
