package org.atelier.command.rejection;

import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;

/** The command names something that does not exist, or not in this workshop. */
@PublicName("UnknownId")
public class UnknownId extends DomainRejection {

    public UnknownId(String detail) {
        super(Rejection.NOT_FOUND, detail);
    }
}
