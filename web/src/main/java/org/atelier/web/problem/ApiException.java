package org.atelier.web.problem;

import org.springframework.http.HttpStatus;

/** A refusal decided in the web layer, answered as problem+json with its status and detail. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiException(HttpStatus status, String field, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.field = field;
    }

    public static ApiException invalid(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, null, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, null, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
