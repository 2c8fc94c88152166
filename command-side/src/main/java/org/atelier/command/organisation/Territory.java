package org.atelier.command.organisation;

/** The communes where an ESS organisation's head office makes it eligible for the programme. */
public interface Territory {

    boolean contains(String commune);
}
