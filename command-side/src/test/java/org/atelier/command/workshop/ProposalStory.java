package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.joined;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.posted;
import static org.atelier.command.workshop.WorkshopStory.scheduled;

import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.CommitOrganisation;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposeProject;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopClosed;

/** The room, ideas and proposals that the tests of proposals tell their stories with. */
final class ProposalStory {

    static final OrganisationId TIERS_LIEU = new OrganisationId("org-tiers-lieu");
    static final ParticipantId CAROL = new ParticipantId("carol");
    static final ParticipantId DAVID = new ParticipantId("david");
    static final ClusterId CLUSTER = new ClusterId("cluster-1");
    static final ProposalId PROPOSAL = new ProposalId("proposal-1");
    static final ProposalId OTHER_PROPOSAL = new ProposalId("proposal-2");
    static final PartnershipId PARTNERSHIP = new PartnershipId("partnership-1");
    static final PartnershipId NEXT_PARTNERSHIP = new PartnershipId("partnership-2");
    static final String TITLE = "A shared kitchen on Sundays";
    static final String DESCRIPTION = "Three organisations open one kitchen to everyone on Sundays.";
    static final Conditions CONDITIONS = new Conditions("A kitchen, two cooks", "Insurance", "Ask the town hall",
            "Spring");

    /** Position of the last event of {@link #realization()}. */
    static final long IN_REALIZATION = 10;

    private ProposalStory() {
    }

    /**
     * Alice (Kaléido), Bob (Entraide), Carol (Tiers-lieu) and David (Kaléido too) joined; in CRITIQUE
     * Alice posted an idea and the facilitator made a cluster; then UTOPIA and REALIZATION opened.
     */
    static List<Object> realization() {
        return new ArrayList<>(List.of(scheduled(), joined(ALICE, KALEIDO), joined(BOB, ENTRAIDE),
                joined(CAROL, TIERS_LIEU), joined(DAVID, KALEIDO), phaseAdvanced(Phase.PREPARATION),
                posted(IDEA, ALICE, KALEIDO, Phase.CRITIQUE),
                new ClusterCreated(WORKSHOP, CLUSTER, Phase.CRITIQUE, "Food", AT),
                phaseAdvanced(Phase.CRITIQUE), phaseAdvanced(Phase.UTOPIA)));
    }

    /** {@link #realization()}, then the workshop closed. */
    static List<Object> closed() {
        List<Object> events = realization();
        events.add(phaseAdvanced(Phase.REALIZATION));
        events.add(new WorkshopClosed(WORKSHOP, AT));
        return events;
    }

    static ProposeProject aliceProposes() {
        return new ProposeProject(WORKSHOP, PROPOSAL, ALICE, TITLE, DESCRIPTION, List.of(IDEA), List.of(CLUSTER), null,
                CONDITIONS, AT);
    }

    /** Alice's proposal, led by Kaléido, as recorded at position 11 after {@link #realization()}. */
    static ProjectProposed aliceProposed() {
        return new ProjectProposed(WORKSHOP, PROPOSAL, TITLE, DESCRIPTION, List.of(IDEA), List.of(CLUSTER), KALEIDO,
                CONDITIONS, ALICE, KALEIDO, Phase.REALIZATION, AT);
    }

    static CommitOrganisation commit(ParticipantId participant) {
        return new CommitOrganisation(WORKSHOP, PROPOSAL, participant, null, PARTNERSHIP, AT);
    }

    static OrganisationCommitted committed(OrganisationId organisation, ParticipantId participant) {
        return new OrganisationCommitted(WORKSHOP, PROPOSAL, organisation, participant, AT);
    }

    /** Kaléido (Alice) and Entraide (Bob) committed to Alice's proposal and formed a partnership. */
    static List<Object> kaleidoAndEntraidePartners() {
        return List.of(aliceProposed(), committed(KALEIDO, ALICE), committed(ENTRAIDE, BOB),
                new PartnershipFormed(WORKSHOP, PARTNERSHIP, PROPOSAL, List.of(KALEIDO, ENTRAIDE), AT));
    }
}
