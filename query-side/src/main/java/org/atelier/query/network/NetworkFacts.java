package org.atelier.query.network;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.shared.network.NetworkScope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Reads the link facts a scope's figures need, made up to a moment: the workshops of the scope,
 * those of their programmes (a link is new only if the programme never had it before), the
 * facts of those workshops and who took part.
 */
@Component
class NetworkFacts {

    private final MongoTemplate mongo;

    NetworkFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param at only what was made up to then; {@code null}: everything */
    Facts read(NetworkScope scope, Instant at) {
        List<NetworkWorkshop> all = mongo.findAll(NetworkWorkshop.class).stream()
                .filter(workshop -> at == null || !workshop.scheduledAt().isAfter(at))
                .sorted(Comparator.comparing(NetworkWorkshop::scheduledAt).thenComparing(NetworkWorkshop::workshopId))
                .toList();
        List<NetworkWorkshop> inScope = all.stream().filter(workshop -> covers(scope, workshop)).toList();
        Set<String> programmes = inScope.stream().map(NetworkWorkshop::programme).collect(Collectors.toSet());
        List<NetworkWorkshop> context = all.stream().filter(workshop -> programmes.contains(workshop.programme()))
                .toList();
        List<LinkFact> links = context.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(idsOf(context))), LinksMadeIn.class).stream()
                        .flatMap(workshop -> workshop.facts().stream())
                        .filter(link -> at == null || !link.at().isAfter(at))
                        .toList();
        List<Participation> participations = inScope.isEmpty() ? List.of()
                : mongo.find(query(madeBy(inScope, at)), Participation.class);
        Map<String, NetworkOrganisation> organisations = new HashMap<>();
        mongo.findAll(NetworkOrganisation.class).stream()
                .filter(organisation -> at == null || !organisation.registeredAt().isAfter(at))
                .forEach(organisation -> organisations.put(organisation.organisationId(), organisation));
        return new Facts(inScope, context, links, participations, organisations);
    }

    /** Themes are typed by people: compared trimmed and without case. */
    static boolean covers(NetworkScope scope, NetworkWorkshop workshop) {
        return (scope.programme() == null || scope.programme().equals(workshop.programme()))
                && (scope.workshopId() == null || scope.workshopId().value().equals(workshop.workshopId()))
                && (scope.theme() == null || sameTheme(scope.theme(), workshop.theme()));
    }

    static boolean sameTheme(String one, String other) {
        return other != null && one.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }

    private static Criteria madeBy(List<NetworkWorkshop> workshops, Instant at) {
        Criteria criteria = where("workshopId").in(idsOf(workshops));
        return at == null ? criteria : criteria.and("at").lte(at);
    }

    private static List<String> idsOf(List<NetworkWorkshop> workshops) {
        return workshops.stream().map(NetworkWorkshop::workshopId).toList();
    }

    /**
     * @param scope          the scope's workshops, oldest first
     * @param context        the workshops of their programmes, oldest first
     * @param links          the link facts of the context
     * @param participations who took part in the scope's workshops
     * @param organisations  the register, by id
     */
    record Facts(List<NetworkWorkshop> scope, List<NetworkWorkshop> context, List<LinkFact> links,
                 List<Participation> participations, Map<String, NetworkOrganisation> organisations) {

        Set<String> scopeWorkshopIds() {
            return scope.stream().map(NetworkWorkshop::workshopId).collect(Collectors.toSet());
        }

        List<LinkFact> scopeLinks() {
            Set<String> workshops = scopeWorkshopIds();
            return links.stream().filter(link -> workshops.contains(link.workshopId())).toList();
        }

        Set<String> participants() {
            return participations.stream().map(Participation::organisationId).collect(Collectors.toSet());
        }

        /**
         * Where each pair was first linked in the programme: the workshop of its earliest fact (the
         * earlier scheduled workshop when two facts share a time).
         */
        Map<List<String>, String> firstLinkedIn() {
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < context.size(); i++) {
                order.put(context.get(i).workshopId(), i);
            }
            Map<List<String>, LinkFact> first = new LinkedHashMap<>();
            Comparator<LinkFact> earlier = Comparator.comparing(LinkFact::at)
                    .thenComparing(link -> order.getOrDefault(link.workshopId(), Integer.MAX_VALUE));
            for (LinkFact link : links) {
                first.merge(link.organisationIds(), link,
                        (one, other) -> earlier.compare(one, other) <= 0 ? one : other);
            }
            Map<List<String>, String> workshops = new HashMap<>();
            first.forEach((pair, link) -> workshops.put(pair, link.workshopId()));
            return workshops;
        }

        String nameOf(String organisationId) {
            NetworkOrganisation organisation = organisations.get(organisationId);
            return organisation == null ? null : organisation.name();
        }
    }
}
