package org.atelier.web.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.shared.PublicNames;
import org.atelier.shared.RejectionDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Maps every refusal, once, to the status the public API gives it. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String INVALID = PublicNames.of(InvalidInput.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException refusal) {
        return Problems.of(refusal.status(), refusal.field(), refusal.getMessage(), refusal.code());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandRefused(CommandExecutionException failure) {
        return failure.<RejectionDetails>getDetails()
                .map(details -> Problems.of(statusOf(details), details.field(), details.detail(), details.code()))
                .orElseGet(() -> {
                    LOG.error("A command failed without a domain reason", failure);
                    return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, null,
                            "The change could not be recorded; nothing was changed. Try again.");
                });
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException mismatch) {
        return Problems.of(HttpStatus.BAD_REQUEST, mismatch.getName(),
                mismatch.getName() + " has an invalid value: " + mismatch.getValue(), INVALID);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = unreadable.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()
                ? Problems.of(HttpStatus.BAD_REQUEST, fieldOf(mapping), fieldOf(mapping) + " " + expectation(mapping),
                        INVALID)
                : Problems.of(HttpStatus.BAD_REQUEST, null, "The body must be a JSON object as the API describes.",
                        INVALID);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, missing.getParameterName(),
                "The query parameter " + missing.getParameterName() + " is required.", INVALID));
    }

    private static String fieldOf(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String expectation(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ".";
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType()) + ".";
        }
        return "has an invalid value.";
    }

    private static String describe(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object of the documented shape";
    }

    private static HttpStatus statusOf(RejectionDetails details) {
        return switch (details.rejection()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }
}
