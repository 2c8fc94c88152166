package org.atelier.query.network;

import java.time.Instant;
import java.util.List;

import org.atelier.query.board.ScoringViews;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures of the five impacts the programme expects (the seed's "Impacts / Évaluation"), for a
 * scope: a programme, a theme, a workshop.
 *
 * @param workshops how many workshops the scope holds
 * @param perWorkshop the headline figures of each workshop of the scope, oldest first
 */
public record IndicatorsView(String programme, String workshopId, String theme, int workshops,
                             Cooperations cooperations, CollectiveProjects collectiveProjects,
                             NetworksAndPartnerships networksAndPartnerships, SharedIssues sharedIssues,
                             PeopleWhoKnowEachOther peopleWhoKnowEachOther, List<WorkshopFigures> perWorkshop) {

    /**
     * 1. Unusual or strengthened cooperations.
     *
     * @param newPartnerships          partnerships none of whose pairs were linked before in the programme
     *                                 (by an earlier partnership or commitments to another proposal)
     * @param strengthenedPartnerships the others: they strengthen links that existed
     * @param organisations            organisations in at least one partnership
     * @param pairs                    pairs of organisations brought together by a partnership
     * @param pairsThatHadNeverMet     of which, pairs with no link of any kind from an earlier workshop: unusual
     *                                 cooperations
     */
    public record Cooperations(int partnerships, int active, int dissolved, int newPartnerships,
                               int strengthenedPartnerships, int organisations, int pairs, int pairsThatHadNeverMet) {
    }

    /**
     * 2. Collective projects.
     *
     * @param collective   open proposals with two or more organisations committed
     * @param organisationsCommitted organisations committed to an open proposal
     * @param projects     the collective projects, most organisations first
     */
    public record CollectiveProjects(int proposals, int open, int withdrawn, int collective,
                                     int organisationsCommitted, Actions actions, List<Project> projects) {
    }

    /** Follow-up actions of the open proposals, by status. */
    public record Actions(int total, int planned, int underWay, int done, int dropped) {
    }

    /** {@code points} or {@code ratings} where REALIZATION voted with points or criteria (see the board). */
    public record Project(String proposalId, String workshopId, String title, List<String> organisationIds,
                          String partnershipId, Integer priority, int votes, Actions actions,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer points,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<ScoringViews.RatingView> ratings) {
    }

    /**
     * 3. Thematic networks and partnerships: the network of the scope, and of each theme in it.
     */
    public record NetworksAndPartnerships(int organisations, int links, int components, int largestComponent,
                                          double density, int partnerships, List<ThemeNetwork> themes) {
    }

    public record ThemeNetwork(String theme, int workshops, int organisations, int links, int components,
                               int largestComponent, double density, int partnerships, int activePartnerships) {
    }

    /**
     * 4. Shared issues and needs: the clusters of the CRITIQUE phase, most voted first.
     *
     * @param issues the clusters, ranked by votes, then by how many organisations stand behind them
     */
    public record SharedIssues(int clusters, int organisations, List<SharedIssue> issues) {
    }

    /**
     * @param votes           dots on the cluster and on its ideas
     * @param clusterVotes    dots on the cluster itself
     * @param ideaVotes       dots on its ideas
     * @param organisationIds the organisations whose ideas it gathers
     */
    public record SharedIssue(String clusterId, String workshopId, String theme, String title, int votes,
                              int clusterVotes, int ideaVotes, int ideas, List<String> organisationIds) {
    }

    /**
     * 5. People and organisations who now know each other.
     *
     * @param organisations                   organisations that took part
     * @param organisationPairs               pairs of organisations linked in the scope
     * @param newOrganisationPairs            of which, pairs linked there for the first time in the programme
     * @param participants                    participations (a person joins each workshop anew)
     * @param participantsWhoMetAnotherOrganisation participants of a workshop where another organisation took part
     * @param participantPairsAcrossOrganisations   pairs of participants of different organisations who took part in
     *                                        the same workshop
     */
    public record PeopleWhoKnowEachOther(int organisations, int organisationPairs, int newOrganisationPairs,
                                         int participants, int participantsWhoMetAnotherOrganisation,
                                         long participantPairsAcrossOrganisations) {
    }

    public record WorkshopFigures(String workshopId, String title, String theme, Instant scheduledAt,
                                  int organisations, int participants, int critiqueClusters, int proposals,
                                  int collectiveProjects, int partnerships, int newPartnerships, int links,
                                  int newLinks) {
    }
}
