package org.pravaas.organization.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pravaas.organization.user.ApiTokenService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from {@code Authorization: Bearer <token>}. A token that is unknown,
 * expired or revoked gets a 401 problem detail saying which.
 */
class ApiTokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";
    private final ApiTokenService tokens;
    private final ProblemResponses problems;

    ApiTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(PREFIX.length()).strip();
        var login = tokens.authenticate(secret);
        if (login.isEmpty()) {
            String key = tokens.isSpent(secret) ? "problem.token-expired" : "problem.token-invalid";
            problems.write(response, 401, key);
            return;
        }
        PravaasPrincipal principal = PravaasPrincipal.of(login.get());
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
