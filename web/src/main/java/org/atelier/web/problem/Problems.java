package org.atelier.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
        write(response, status, detail, null);
    }

    /** With the refused rule's {@code code}, as {@link #of(HttpStatus, String, String, String)}. */
    public static void write(HttpServletResponse response, HttpStatus status, String detail, String code)
            throws IOException {
        ProblemDetail problem = of(status, null, detail, code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), flat(problem));
    }

    /** As Spring MVC writes a problem: its properties ({@code code}) beside {@code detail}, not nested. */
    private static Map<String, Object> flat(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
