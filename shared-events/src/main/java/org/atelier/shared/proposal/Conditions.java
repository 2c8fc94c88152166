package org.atelier.shared.proposal;

/**
 * A proposal's conditions of realization, as the realization phase asks for them: the resources
 * it needs, the obstacles in its way, its first steps and its timeline. Each may be empty.
 */
public record Conditions(String resources, String obstacles, String firstSteps, String timeline) {

    public static final Conditions NONE = new Conditions("", "", "", "");
}
