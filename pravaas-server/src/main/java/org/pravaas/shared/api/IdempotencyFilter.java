package org.pravaas.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on API POSTs: the first request with a key is carried out and
 * its answer kept; a retry with the same key and body gets that same answer without running
 * again; the same key with another body, or while the first is still running, is refused.
 * Runs after Spring Security, so keys are per signed-in client.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    private final IdempotentRequests store;
    private final MessageSource messages;

    IdempotencyFilter(IdempotentRequests store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).strip();
        if (auth == null || !auth.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 200) {
            refuse(response, 400, "problem.idempotency-key-invalid");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request.getRequestURI(), body);
        Optional<IdempotentRequests.Stored> earlier = store.find(auth.getName(), key);
        if (earlier.isPresent()) {
            answerAgain(earlier.get(), hash, response);
            return;
        }
        if (!store.claim(auth.getName(), key, hash)) {
            refuse(response, 409, "problem.idempotency-in-progress");
            return;
        }
        run(new ReplayableRequest(request, body), response, chain, auth.getName(), key, hash);
    }

    private void run(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String principal,
            String key,
            String hash)
            throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(principal, key);
            throw e;
        }
        if (wrapper.getStatus() >= 500) {
            store.release(principal, key);
        } else {
            store.complete(
                    principal,
                    key,
                    new IdempotentRequests.Stored(
                            hash,
                            wrapper.getStatus(),
                            wrapper.getContentType(),
                            wrapper.getHeader("Location"),
                            wrapper.getHeader("ETag"),
                            wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private void answerAgain(IdempotentRequests.Stored earlier, String hash, HttpServletResponse response)
            throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            refuse(response, 422, "problem.idempotency-key-reused");
        } else if (!earlier.finished()) {
            refuse(response, 409, "problem.idempotency-in-progress");
        } else {
            response.setStatus(earlier.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader("Location", earlier.location());
            }
            if (earlier.etag() != null) {
                response.setHeader("ETag", earlier.etag());
            }
            if (earlier.body() != null) {
                response.getOutputStream().write(earlier.body());
            }
        }
    }

    private void refuse(HttpServletResponse response, int status, String key) throws IOException {
        ProblemWriter.write(response, messages, status, key);
    }

    private static String hash(String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, so the controller can read it again. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
