package org.atelier.web.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind Spring Security, in front of every API call: bodies are bounded (413) and each client is
 * held to its rate (429 with Retry-After): per token, or per address for calls without one;
 * join-code and rejoin-code look-ups, the QR picture included, also per address at a rate of their own.
 */
@Component
class ApiGuardFilter extends OncePerRequestFilter {

    private final Throttle throttle;
    private final int maxBodyBytes;
    private final long maxExportBytes;

    ApiGuardFilter(Throttle throttle, @Value("${atelier.max-body-bytes:65536}") int maxBodyBytes,
                   @Value("${atelier.integrity.max-export-bytes:33554432}") long maxExportBytes) {
        this.throttle = throttle;
        this.maxBodyBytes = maxBodyBytes;
        this.maxExportBytes = maxExportBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pathOf(request).startsWith("/api/") && !isJoinCodeLookUp(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isJoinCodeLookUp(request) && refused(throttle.take(Throttle.Kind.JOIN, request.getRemoteAddr()), response,
                "Too many join-code look-ups from this address; wait a little and retry.")) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String client = authentication instanceof CallerAuthentication caller ? caller.getName()
                : "address:" + request.getRemoteAddr();
        if (refused(throttle.take(Throttle.Kind.API, client), response,
                "Too many requests from this client; slow down and retry in a second.")) {
            return;
        }
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
        chain.doFilter(export ? new BoundedRequest(request, maxExportBytes) : new BufferedRequest(request, body),
                response);
    }

    private static boolean refused(Throttle.Verdict verdict, HttpServletResponse response, String detail)
            throws IOException {
        if (verdict.allowed()) {
            return false;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, detail);
        return true;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * {@code GET /api/join/{joinCode}}, {@code POST /api/join}, {@code GET /join/{joinCode}/qr.svg}
     * {@code POST /api/rejoin} and {@code POST /api/rejoin/qr.svg}: each tries a code, so guessing them is
     * slowed down alike.
     */
    static boolean isJoinCodeLookUp(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals("/api/join") || path.startsWith("/api/join/") || path.startsWith("/api/rejoin")
                || path.startsWith("/join/") && path.endsWith("/qr.svg");
    }

    /**
     * An exported event log sent to be verified can be far larger than other bodies: it is read as
     * a stream by the call, after the token is checked, and still bounded.
     */
    private static boolean isExportUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && pathOf(request).equals("/api/integrity/verify");
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "The body is larger than " + limit + " bytes.");
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
