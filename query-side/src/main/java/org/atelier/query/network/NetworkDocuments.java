package org.atelier.query.network;

import java.util.List;

/** The documents of the network's read model, one collection each. */
final class NetworkDocuments {

    static final List<Class<?>> TYPES = List.of(LinksMadeIn.class, NetworkWorkshop.class, Participation.class,
            IdeaOrigin.class, ClusterMembers.class, ProposalOrigin.class, NetworkOrganisation.class);

    private NetworkDocuments() {
    }
}
