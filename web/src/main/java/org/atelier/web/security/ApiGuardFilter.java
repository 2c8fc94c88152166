package org.atelier.web.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.web.problem.ApiException;
import org.atelier.web.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every API call: bodies are bounded (413), the bearer token is checked (401), and
 * each client is held to its rate (429). The caller it finds is handed to the controllers.
 */
@Component
class ApiGuardFilter extends OncePerRequestFilter {

    static final String CALLER = ApiGuardFilter.class.getName() + ".caller";
    private static final String BEARER = "Bearer ";

    private final Tokens tokens;
    private final RateLimiter rateLimiter;
    private final int maxBodyBytes;
    private final long maxExportBytes;

    ApiGuardFilter(Tokens tokens, RateLimiter rateLimiter, @Value("${atelier.max-body-bytes:65536}") int maxBodyBytes,
                   @Value("${atelier.integrity.max-export-bytes:33554432}") long maxExportBytes) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.maxBodyBytes = maxBodyBytes;
        this.maxExportBytes = maxExportBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean export = isExportUpload(request);
        long limit = export ? maxExportBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        byte[] body = export ? null : request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body != null && body.length > maxBodyBytes) {
            tooLarge(response, limit);
            return;
        }
        Optional<Caller> caller = bearerToken(request).flatMap(tokens::verify);
        boolean open = isOpen(request);
        if (caller.isEmpty() && !open) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(response, HttpStatus.UNAUTHORIZED, bearerToken(request).isPresent()
                    ? "The bearer token is not valid; use the token returned when the workshop was created or joined."
                    : "This call needs an Authorization: Bearer <token> header.");
            return;
        }
        String client = caller.map(c -> c.actor() + "@" + c.workshopId()).orElse("address:" + request.getRemoteAddr());
        if (!rateLimiter.tryAcquire(client, System.nanoTime())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this client; slow down and retry in a second.");
            return;
        }
        caller.ifPresent(c -> request.setAttribute(CALLER, c));
        chain.doFilter(export ? new BoundedRequest(request, maxExportBytes) : new BufferedRequest(request, body),
                response);
    }

    /**
     * An exported event log sent to be verified can be far larger than other bodies: it is read as
     * a stream by the call, after the token is checked, and still bounded.
     */
    private static boolean isExportUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().substring(request.getContextPath().length()).equals("/api/integrity/verify");
    }

    /** Joining needs only the join code: {@code POST /api/join} and {@code GET /api/join/{joinCode}}. */
    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.equals("/api/join")
                || "GET".equals(request.getMethod()) && path.matches("/api/join/[^/]+");
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "The body is larger than " + limit + " bytes.");
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The request with its body already read and bounded. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("bodies are read synchronously");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** The request with its body read as it comes, refused with 413 past {@code limit} bytes. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limit;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = in.read();
                    count(next < 0 ? 0 : 1);
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int bytes) {
                    read += bytes;
                    if (read > limit) {
                        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, null,
                                "The body is larger than " + limit + " bytes.");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("bodies are read synchronously");
                }
            };
        }
    }
}
