package org.atelier.command.rejection;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Many rules share {@link InvalidInput}; the field at fault tells which rule refused the command. */
public final class RejectionMatchers {

    private RejectionMatchers() {
    }

    public static Matcher<InvalidInput> invalidInputOn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidInput rejection) {
                return field.equals(rejection.details().field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input on ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(InvalidInput rejection, Description description) {
                description.appendText("was invalid input on ").appendValue(rejection.details().field());
            }
        };
    }
}
