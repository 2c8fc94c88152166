package org.atelier.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A plain HTTP client for the public API, as an outside client would use it. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, JsonNode body, String contentType, HttpResponse<String> raw) {

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Sends a body as it is, for malformed input. */
    public Response postRaw(String path, String token, String rawBody) {
        return exchange(request(path, token).POST(HttpRequest.BodyPublishers.ofString(rawBody)).build());
    }

    /** Any answer to a GET, its body read as JSON only when it is JSON (a problem, say, but not a CSV download). */
    public Response getAny(String path, String token) {
        return any(request(path, token).GET().build());
    }

    /** Any answer to a POST of a JSON body (a picture, say), its body read as JSON only when it is JSON. */
    public Response postAny(String path, String token, Object body) {
        return any(request(path, token).POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    private Response any(HttpRequest request) {
        String path = request.uri().getPath();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            boolean json = contentType.contains("json") && !contentType.contains("ndjson");
            return new Response(response.statusCode(), json ? JSON.readTree(response.body()) : MissingNode.getInstance(),
                    contentType, response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download as it is (CSV, NDJSON), not read as JSON. */
    public HttpResponse<byte[]> download(String path, String token) {
        try {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String token, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json(body));
        return exchange(request(path, token).method(method, publisher).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body,
                    response.headers().firstValue("Content-Type").orElse(""), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        if (body instanceof String raw) {
            return raw;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
