package org.atelier.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/** RFC 9457 problem details, for answers written before a controller is reached. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String field, String detail) {
        return of(status, field, detail, null);
    }

    /** With the refused rule's {@code code}, for screens that say it in their own language. */
    public static ProblemDetail of(HttpStatus status, String field, String detail, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (code != null) {
            problem.setProperty("code", code);
        }
        return problem;
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = of(status, null, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
