package org.pravaas.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);

    @Test
    void anAddressIsThrottledAfterTooManyFailuresAndOnlyThatAddress() {
        throttle.recordFailure("10.0.0.7");
        throttle.recordFailure("10.0.0.7");
        assertThat(throttle.isThrottled("10.0.0.7")).isFalse();
        throttle.recordFailure("10.0.0.7");
        assertThat(throttle.isThrottled("10.0.0.7")).isTrue();
        assertThat(throttle.isThrottled("10.0.0.8")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("10.0.0.7");
        }
        now = now.plus(Duration.ofMinutes(11));
        assertThat(throttle.isThrottled("10.0.0.7")).isFalse();
    }
}
