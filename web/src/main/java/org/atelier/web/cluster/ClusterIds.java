package org.atelier.web.cluster;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.web.idea.IdeaIds;

/** Cluster ids as they come in a request, held to the same form as client-chosen idea ids. */
public final class ClusterIds {

    private ClusterIds() {
    }

    public static ClusterId of(String field, String value) {
        return new ClusterId(IdeaIds.of(field, value).value());
    }
}
