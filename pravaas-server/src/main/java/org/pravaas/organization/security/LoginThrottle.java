package org.pravaas.organization.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing across many accounts from one address: after too many failed
 * sign-ins from an address within a window, its further attempts are refused until the window
 * has passed. Held in memory, per server.
 */
class LoginThrottle extends OncePerRequestFilter {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isThrottled(request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    void recordFailure(String address) {
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
            forgetOld(times);
        }
    }

    boolean isThrottled(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forgetOld(times);
            if (times.isEmpty()) {
                failures.remove(address, times);
            }
            return times.size() >= maxFailures;
        }
    }

    private void forgetOld(Deque<Long> times) {
        long oldest = clock.millis() - window.toMillis();
        while (!times.isEmpty() && times.peekFirst() < oldest) {
            times.removeFirst();
        }
    }
}
