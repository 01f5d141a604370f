package org.learningledger.command.support;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.erasure.UnknownItem;

/** Matchers for refusals in aggregate fixtures: which rule, which field. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Throwable> rule(String rule) {
        return matcher("a RuleViolation of rule " + rule,
                e -> e instanceof RuleViolation v && v.rule().equals(rule));
    }

    public static Matcher<Throwable> unknownItem(String field) {
        return matcher("an UnknownItem naming " + field, e -> e instanceof UnknownItem u && u.field().equals(field));
    }

    public static Matcher<Throwable> fieldRule(String field, String rule) {
        return matcher("a FieldRuleViolation of " + field + " by rule " + rule,
                e -> e instanceof FieldRuleViolation v && v.field().equals(field) && v.rule().equals(rule));
    }

    private static Matcher<Throwable> matcher(String what, java.util.function.Predicate<Throwable> test) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return test.test(e);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(what);
            }
        };
    }
}
