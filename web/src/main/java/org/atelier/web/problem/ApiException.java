package org.atelier.web.problem;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.rejection.UnknownId;
import org.atelier.shared.PublicName;
import org.atelier.shared.PublicNames;
import org.springframework.http.HttpStatus;

/** A refusal decided in the web layer, answered as problem+json with its status and detail. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String code;

    public ApiException(HttpStatus status, String field, String detail) {
        this(status, field, detail, null);
    }

    /**
     * With {@code code}, the rule's name screens translate, as the domain's refusals carry it: the
     * {@link PublicName} of the refusal it stands for.
     */
    public ApiException(HttpStatus status, String field, String detail, String code) {
        super(detail, null, false, false);
        this.status = status;
        this.field = field;
        this.code = code;
    }

    public static ApiException invalid(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, detail, PublicNames.of(InvalidInput.class));
    }

    public static ApiException forbidden(String detail) {
        return new Forbidden(detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, null, detail, PublicNames.of(UnknownId.class));
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /** The caller's role does not allow this call on this workshop. */
    @PublicName("Forbidden")
    static final class Forbidden extends ApiException {

        Forbidden(String detail) {
            super(HttpStatus.FORBIDDEN, null, detail, PublicNames.of(Forbidden.class));
        }
    }
}
