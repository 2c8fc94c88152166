package org.atelier.query.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.atelier.query.board.BoardView;
import org.atelier.query.board.BoardView.ClusterView;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.query.board.BoardView.ProposalView.ActionView;
import org.atelier.query.board.BoardView.ProposalView.CommitmentView;
import org.atelier.query.network.IndicatorsView.Actions;
import org.atelier.query.network.IndicatorsView.CollectiveProjects;
import org.atelier.query.network.IndicatorsView.Cooperations;
import org.atelier.query.network.IndicatorsView.NetworksAndPartnerships;
import org.atelier.query.network.IndicatorsView.PeopleWhoKnowEachOther;
import org.atelier.query.network.IndicatorsView.Project;
import org.atelier.query.network.IndicatorsView.SharedIssue;
import org.atelier.query.network.IndicatorsView.SharedIssues;
import org.atelier.query.network.IndicatorsView.ThemeNetwork;
import org.atelier.query.network.IndicatorsView.WorkshopFigures;
import org.atelier.query.network.NetworkFacts.Facts;
import org.atelier.query.partnership.PartnershipView;
import org.atelier.shared.network.FindIndicators;
import org.atelier.shared.network.NetworkScope;
import org.atelier.shared.proposal.FindPartnerships;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The five impacts' figures of a scope. Links, participation and newness come from the network's
 * facts; partnerships from the partnerships read model (new or strengthened, as it decides); what
 * stands on the boards (proposals, commitments, follow-up actions, the critique's clusters and
 * their dots) from the boards, as evaluators see them. Nothing here is kept: figures are computed
 * when asked, so they always agree with the read models they come from.
 */
@Component
class ImpactIndicators {

    private static final String OPEN = "OPEN";
    private static final String ACTIVE = "ACTIVE";
    private static final String CRITIQUE = "CRITIQUE";

    private final NetworkFacts facts;
    private final QueryGateway queryGateway;

    ImpactIndicators(NetworkFacts facts, QueryGateway queryGateway) {
        this.facts = facts;
        this.queryGateway = queryGateway;
    }

    @QueryHandler
    IndicatorsView handle(FindIndicators query) {
        Facts read = facts.read(query.scope(), null);
        Map<String, Workshop> workshops = new LinkedHashMap<>();
        for (NetworkWorkshop workshop : read.scope()) {
            WorkshopId id = new WorkshopId(workshop.workshopId());
            BoardView board = queryGateway.query(new FindBoard(id), BoardView.class).join();
            List<PartnershipView> partnerships = queryGateway.query(new FindPartnerships(id),
                    ResponseTypes.multipleInstancesOf(PartnershipView.class)).join();
            workshops.put(workshop.workshopId(), new Workshop(workshop, board, partnerships));
        }
        return of(query.scope(), read, workshops);
    }

    static IndicatorsView of(NetworkScope scope, Facts read, Map<String, Workshop> workshops) {
        List<PartnershipView> partnerships = workshops.values().stream()
                .flatMap(workshop -> workshop.partnerships().stream()).toList();
        List<ProposalView> proposals = workshops.values().stream().flatMap(workshop -> workshop.proposals().stream())
                .toList();
        NetworkView network = NetworkQueries.networkOf(scope, null, read);
        return new IndicatorsView(scope.programme(), scope.workshopId() == null ? null : scope.workshopId().value(),
                scope.theme(), workshops.size(),
                cooperations(read, partnerships),
                collectiveProjects(proposals),
                networksAndPartnerships(read, network, workshops),
                sharedIssues(workshops),
                people(read, network),
                perWorkshop(read, network, workshops));
    }

    private static Cooperations cooperations(Facts read, List<PartnershipView> partnerships) {
        Set<String> organisations = partnerships.stream().flatMap(partnership -> partnership.organisationIds().stream())
                .collect(Collectors.toSet());
        Map<List<String>, LinkFact> firstPartnership = new TreeMap<>(NetworkGraph::comparePairs);
        for (LinkFact link : read.scopeLinks()) {
            if (link.linkKind() == LinkKind.PARTNERSHIP) {
                firstPartnership.merge(link.organisationIds(), link,
                        (one, other) -> one.at().isAfter(other.at()) ? other : one);
            }
        }
        Map<List<String>, List<LinkFact>> byPair = read.links().stream()
                .filter(link -> firstPartnership.containsKey(link.organisationIds()))
                .collect(Collectors.groupingBy(LinkFact::organisationIds));
        int neverMet = (int) firstPartnership.values().stream()
                .filter(partnership -> byPair.get(partnership.organisationIds()).stream().noneMatch(link ->
                        !link.workshopId().equals(partnership.workshopId()) && link.at().isBefore(partnership.at())))
                .count();
        int strengthened = (int) partnerships.stream().filter(PartnershipView::strengthened).count();
        int active = (int) partnerships.stream().filter(partnership -> ACTIVE.equals(partnership.status())).count();
        return new Cooperations(partnerships.size(), active, partnerships.size() - active,
                partnerships.size() - strengthened, strengthened, organisations.size(), firstPartnership.size(),
                neverMet);
    }

    private static CollectiveProjects collectiveProjects(List<ProposalView> proposals) {
        List<ProposalView> open = proposals.stream().filter(proposal -> OPEN.equals(proposal.status())).toList();
        List<Project> projects = open.stream()
                .filter(proposal -> committedOrganisations(proposal).size() >= 2)
                .map(proposal -> new Project(proposal.proposalId(), proposal.workshopId(), proposal.title(),
                        List.copyOf(committedOrganisations(proposal)), proposal.partnershipId(), proposal.priority(),
                        proposal.votes(), actionsOf(List.of(proposal)), proposal.points(), proposal.ratings()))
                .sorted(Comparator.comparingInt((Project project) -> project.organisationIds().size()).reversed()
                        .thenComparing(project -> project.actions().done() + project.actions().underWay(),
                                Comparator.reverseOrder())
                        .thenComparing(Project::title))
                .toList();
        Set<String> committed = open.stream().flatMap(proposal -> committedOrganisations(proposal).stream())
                .collect(Collectors.toSet());
        return new CollectiveProjects(proposals.size(), open.size(), proposals.size() - open.size(), projects.size(),
                committed.size(), actionsOf(open), projects);
    }

    private static Set<String> committedOrganisations(ProposalView proposal) {
        return proposal.commitments().stream().map(CommitmentView::organisationId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Actions actionsOf(List<ProposalView> proposals) {
        List<String> statuses = proposals.stream().flatMap(proposal -> proposal.actions().stream())
                .map(ActionView::status).toList();
        return new Actions(statuses.size(), count(statuses, "PLANNED"), count(statuses, "UNDER_WAY"),
                count(statuses, "DONE"), count(statuses, "DROPPED"));
    }

    private static NetworksAndPartnerships networksAndPartnerships(Facts read, NetworkView network,
                                                                   Map<String, Workshop> workshops) {
        Map<String, List<NetworkWorkshop>> byTheme = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        read.scope().forEach(workshop -> byTheme.computeIfAbsent(workshop.theme() == null ? ""
                : workshop.theme().strip(), theme -> new ArrayList<>()).add(workshop));
        List<ThemeNetwork> themes = new ArrayList<>();
        byTheme.forEach((theme, themed) -> {
            Set<String> ids = themed.stream().map(NetworkWorkshop::workshopId).collect(Collectors.toSet());
            Set<String> organisations = read.participations().stream()
                    .filter(participation -> ids.contains(participation.workshopId()))
                    .map(Participation::organisationId).collect(Collectors.toSet());
            NetworkGraph graph = NetworkGraph.of(organisations, read.scopeLinks().stream()
                    .filter(link -> ids.contains(link.workshopId())).toList());
            List<PartnershipView> partnerships = themed.stream()
                    .flatMap(workshop -> workshops.get(workshop.workshopId()).partnerships().stream()).toList();
            themes.add(new ThemeNetwork(theme, themed.size(), graph.organisations().size(), graph.links(),
                    graph.components(), graph.largestComponent(), graph.density(), partnerships.size(),
                    (int) partnerships.stream().filter(partnership -> ACTIVE.equals(partnership.status())).count()));
        });
        int partnerships = workshops.values().stream().mapToInt(workshop -> workshop.partnerships().size()).sum();
        return new NetworksAndPartnerships(network.nodes().size(), network.links(), network.components(),
                network.largestComponent(), network.density(), partnerships, themes);
    }

    private static SharedIssues sharedIssues(Map<String, Workshop> workshops) {
        List<SharedIssue> issues = new ArrayList<>();
        for (Workshop workshop : workshops.values()) {
            if (workshop.board() == null) {
                continue;
            }
            Map<String, IdeaView> ideas = new HashMap<>();
            workshop.board().ideas().forEach(idea -> ideas.put(idea.ideaId(), idea));
            for (ClusterView cluster : workshop.board().clusters()) {
                if (!CRITIQUE.equals(cluster.phase())) {
                    continue;
                }
                List<IdeaView> members = cluster.ideaIds().stream().map(ideas::get).filter(Objects::nonNull).toList();
                int ideaVotes = members.stream().mapToInt(IdeaView::votes).sum();
                List<String> organisations = members.stream().map(IdeaView::organisationId).filter(Objects::nonNull)
                        .distinct().sorted().toList();
                issues.add(new SharedIssue(cluster.clusterId(), workshop.workshop().workshopId(),
                        workshop.workshop().theme(), cluster.title(), cluster.votes() + ideaVotes, cluster.votes(),
                        ideaVotes, members.size(), organisations));
            }
        }
        issues.sort(Comparator.comparingInt(SharedIssue::votes).reversed()
                .thenComparing(issue -> issue.organisationIds().size(), Comparator.reverseOrder())
                .thenComparing(SharedIssue::ideas, Comparator.reverseOrder())
                .thenComparing(SharedIssue::title));
        int organisations = (int) issues.stream().flatMap(issue -> issue.organisationIds().stream()).distinct().count();
        return new SharedIssues(issues.size(), organisations, issues);
    }

    private static PeopleWhoKnowEachOther people(Facts read, NetworkView network) {
        int newPairs = network.newLinks().stream().mapToInt(NetworkView.WorkshopLinks::newLinks).sum();
        int participants = 0;
        int metAnother = 0;
        long pairsAcross = 0;
        Map<String, List<Participation>> byWorkshop = read.participations().stream()
                .collect(Collectors.groupingBy(Participation::workshopId));
        for (List<Participation> parts : byWorkshop.values()) {
            int inWorkshop = parts.stream().mapToInt(part -> part.participants().size()).sum();
            participants += inWorkshop;
            if (parts.size() >= 2) {
                metAnother += inWorkshop;
            }
            long sameOrganisation = parts.stream().mapToLong(part -> (long) part.participants().size()
                    * (part.participants().size() - 1) / 2).sum();
            pairsAcross += (long) inWorkshop * (inWorkshop - 1) / 2 - sameOrganisation;
        }
        return new PeopleWhoKnowEachOther(network.nodes().size(), network.links(), newPairs, participants, metAnother,
                pairsAcross);
    }

    private static List<WorkshopFigures> perWorkshop(Facts read, NetworkView network, Map<String, Workshop> workshops) {
        Map<String, NetworkView.WorkshopLinks> links = new HashMap<>();
        network.newLinks().forEach(workshop -> links.put(workshop.workshopId(), workshop));
        List<WorkshopFigures> figures = new ArrayList<>();
        for (Workshop workshop : workshops.values()) {
            String id = workshop.workshop().workshopId();
            List<Participation> parts = read.participations().stream()
                    .filter(participation -> participation.workshopId().equals(id)).toList();
            List<ProposalView> open = workshop.proposals().stream()
                    .filter(proposal -> OPEN.equals(proposal.status())).toList();
            NetworkView.WorkshopLinks linked = links.get(id);
            figures.add(new WorkshopFigures(id, workshop.workshop().title(), workshop.workshop().theme(),
                    workshop.workshop().scheduledAt(), parts.size(),
                    parts.stream().mapToInt(part -> part.participants().size()).sum(),
                    workshop.board() == null ? 0 : (int) workshop.board().clusters().stream()
                            .filter(cluster -> CRITIQUE.equals(cluster.phase())).count(),
                    workshop.proposals().size(),
                    (int) open.stream().filter(proposal -> committedOrganisations(proposal).size() >= 2).count(),
                    workshop.partnerships().size(),
                    (int) workshop.partnerships().stream().filter(partnership -> !partnership.strengthened()).count(),
                    linked == null ? 0 : linked.links(), linked == null ? 0 : linked.newLinks()));
        }
        return figures;
    }

    private static int count(List<String> values, String value) {
        return (int) values.stream().filter(value::equals).count();
    }

    /** What the read models say of one workshop of the scope; {@code board} is {@code null} if it has none yet. */
    record Workshop(NetworkWorkshop workshop, BoardView board, List<PartnershipView> partnerships) {

        List<ProposalView> proposals() {
            return board == null ? List.of() : board.proposals();
        }
    }
}
