package org.atelier.command.rejection;

import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;

/** A field breaks a rule of form; the detail names the field and the rule. */
@PublicName("InvalidInput")
public class InvalidInput extends DomainRejection {

    public InvalidInput(String field, String detail) {
        super(Rejection.INVALID_INPUT, field, detail);
    }
}
