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

    ApiGuardFilter(Tokens tokens, RateLimiter rateLimiter, @Value("${atelier.max-body-bytes:65536}") int maxBodyBytes) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(response);
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
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    /** Joining needs only the join code: {@code POST /api/join} and {@code GET /api/join/{joinCode}}. */
    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.equals("/api/join")
                || "GET".equals(request.getMethod()) && path.matches("/api/join/[^/]+");
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "The body is larger than " + maxBodyBytes + " bytes.");
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
}
