package org.atelier.command.rejection;

import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;

/** Another command changed the same aggregate at the same moment; nothing of this one was recorded. */
@PublicName("ChangedMeanwhile")
class ChangedMeanwhile extends DomainRejection {

    ChangedMeanwhile(String detail) {
        super(Rejection.CONFLICT, detail);
    }
}
