package org.atelier.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.shared.PublicNames;
import org.atelier.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's refusals as problems: 401 without a token or with one refused, 403 for a call
 * the token does not allow. A refused token costs its address from its allowance of failed
 * authentications; past it, 429 with Retry-After, so forging tokens is slowed down.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Throttle throttle;

    SecurityProblems(Throttle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!(failure instanceof OAuth2AuthenticationException refused)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "This call needs an Authorization: Bearer <token> header.");
            return;
        }
        Throttle.Verdict verdict = throttle.take(Throttle.Kind.FAILED_AUTHENTICATION, request.getRemoteAddr());
        if (!verdict.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many refused tokens from this address; wait before trying again.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        Problems.write(response, HttpStatus.UNAUTHORIZED, refused.getMessage(),
                refused instanceof RemovedFromWorkshop ? PublicNames.of(RemovedFromWorkshop.class) : null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Problems.write(response, HttpStatus.FORBIDDEN, "This token does not allow this call.");
    }
}
