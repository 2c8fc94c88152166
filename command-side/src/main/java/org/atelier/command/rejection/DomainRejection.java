package org.atelier.command.rejection;

import org.atelier.shared.PublicNames;
import org.atelier.shared.Rejection;
import org.atelier.shared.RejectionDetails;

/**
 * A rule of the domain refused a command; its details travel with the failure to the caller. Each
 * refusal declares its {@code code} with {@link org.atelier.shared.PublicName}.
 */
public abstract class DomainRejection extends RuntimeException {

    private final Rejection rejection;
    private final String field;

    protected DomainRejection(Rejection rejection, String field, String detail) {
        super(detail, null, false, false);
        this.rejection = rejection;
        this.field = field;
    }

    protected DomainRejection(Rejection rejection, String detail) {
        this(rejection, null, detail);
    }

    public RejectionDetails details() {
        return new RejectionDetails(rejection, field, getMessage(), PublicNames.of(getClass()));
    }
}
