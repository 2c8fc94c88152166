package org.atelier.command.workshop;

import java.util.List;
import java.util.Objects;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.rejection.TextInput;
import org.atelier.command.workshop.ProposalRejections.DerivedIdeaOffBoard;
import org.atelier.command.workshop.ProposalRejections.LeadNotInTheRoom;
import org.atelier.command.workshop.ProposalRejections.UnknownDerivedCluster;
import org.atelier.command.workshop.ProposalRejections.UnknownDerivedIdea;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.AmendProposal;
import org.atelier.shared.proposal.Conditions;

/**
 * What a proposal says: a title (1 to 200 characters), a description and conditions of realization
 * (each at most a few thousand characters, possibly empty), the ideas and clusters it is derived
 * from (each named once, in the order given) and its lead organisation.
 */
record ProposalContent(String title, String description, List<IdeaId> derivedFromIdeas,
                       List<ClusterId> derivedFromClusters, OrganisationId leadOrganisationId, Conditions conditions) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_CONDITION = 2_000;

    static ProposalContent of(String title, String description, List<IdeaId> derivedFromIdeas,
                              List<ClusterId> derivedFromClusters, OrganisationId leadOrganisationId,
                              Conditions conditions) {
        return new ProposalContent(TextInput.required("title", title, MAX_TITLE),
                TextInput.optional("description", description, MAX_DESCRIPTION),
                references("derivedFrom", derivedFromIdeas), references("derivedFromClusters", derivedFromClusters),
                leadOrganisationId, conditionsOf(conditions == null ? Conditions.NONE : conditions, Conditions.NONE));
    }

    /** This content with every part the amendment names (a {@code null} part stays as it is). */
    ProposalContent amendedBy(AmendProposal amendment) {
        return new ProposalContent(
                amendment.title() == null ? title : TextInput.required("title", amendment.title(), MAX_TITLE),
                amendment.description() == null ? description
                        : TextInput.optional("description", amendment.description(), MAX_DESCRIPTION),
                amendment.derivedFromIdeas() == null ? derivedFromIdeas
                        : references("derivedFrom", amendment.derivedFromIdeas()),
                amendment.derivedFromClusters() == null ? derivedFromClusters
                        : references("derivedFromClusters", amendment.derivedFromClusters()),
                amendment.leadOrganisationId() == null ? leadOrganisationId : amendment.leadOrganisationId(),
                amendment.conditions() == null ? conditions : conditionsOf(amendment.conditions(), conditions));
    }

    /**
     * The ideas, clusters and lead this content names must stand in the room: ideas posted in this
     * workshop (in any phase) and still on the board, clusters that still exist, a lead organisation
     * someone in the room represents. Only what is new since {@code before} is checked, so that an
     * idea withdrawn after the proposal was derived from it does not block other changes.
     */
    void mustStandIn(Room room, ProposalContent before) {
        for (IdeaId ideaId : derivedFromIdeas) {
            if (before != null && before.derivedFromIdeas.contains(ideaId)) {
                continue;
            }
            PostedIdea idea = room.idea(ideaId).orElseThrow(() -> new UnknownDerivedIdea(ideaId));
            if (!idea.isOnBoard()) {
                throw new DerivedIdeaOffBoard(ideaId);
            }
        }
        for (ClusterId clusterId : derivedFromClusters) {
            if ((before == null || !before.derivedFromClusters.contains(clusterId)) && !room.hasCluster(clusterId)) {
                throw new UnknownDerivedCluster(clusterId);
            }
        }
        boolean leadChanged = before == null || !Objects.equals(before.leadOrganisationId, leadOrganisationId);
        if (leadChanged && leadOrganisationId != null && !room.isRepresented(leadOrganisationId)) {
            throw new LeadNotInTheRoom(leadOrganisationId);
        }
    }

    private static <T> List<T> references(String field, List<T> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput(field, field + " must list ids, without empty entries.");
        }
        return ids.stream().distinct().toList();
    }

    private static Conditions conditionsOf(Conditions given, Conditions before) {
        return new Conditions(condition("resources", given.resources(), before.resources()),
                condition("obstacles", given.obstacles(), before.obstacles()),
                condition("firstSteps", given.firstSteps(), before.firstSteps()),
                condition("timeline", given.timeline(), before.timeline()));
    }

    private static String condition(String name, String given, String before) {
        return given == null ? before : TextInput.optional("conditions." + name, given, MAX_CONDITION);
    }
}
