package ai.talent.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.model.DomainValidationException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofMillis(500));

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheMaximum() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(30)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void retriesTransientFailuresUntilTheLastAttempt() {
        var outage = new UncheckedIOException(new java.io.IOException("connection reset"));
        assertThat(policy.retries(1, outage)).isTrue();
        assertThat(policy.retries(3, outage)).isTrue();
        assertThat(policy.retries(4, outage)).isFalse();
        assertThat(policy.retries(1, new IllegalStateException(new TimeoutException()))).isTrue();
    }

    @Test
    void retriesWithoutLimitWhileTheServicesOwnStoreIsUnavailable() {
        var storeDown = new ai.talent.service.state.StateUnavailableException("Elasticsearch did not answer",
                new java.io.IOException("connection refused"));
        assertThat(policy.retries(4, storeDown)).isTrue();
        assertThat(policy.retries(1_000, new IllegalStateException("indexing failed", storeDown))).isTrue();
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMillis(500));
        // a keyed-state read's 503 while the stores load after a restart carries the same cause
        var notLoaded = new jakarta.ws.rs.WebApplicationException("the global store is not loaded yet", storeDown,
                jakarta.ws.rs.core.Response.status(503).build());
        assertThat(policy.retries(10, notLoaded)).isTrue();
    }

    @Test
    void retriesWithoutLimitWhileTheDiskRefusesAStateWrite() {
        var full = new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        var readOnly = new IllegalStateException("cannot save the model", new java.nio.file.FileSystemException(
                "/state/models/v2/weights.bin", null, "Read-only file system"));
        assertThat(policy.retries(1_000, full)).isTrue();
        assertThat(policy.retries(1_000, readOnly)).isTrue();
        // a file that is not there is no full disk: transient, then dead-lettered
        assertThat(policy.retries(4, new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("x"))))
                .isFalse();
    }

    @Test
    void neverRetriesAFailureCausedByTheEvent() {
        assertThat(policy.retries(1, new EventDecodingException("$", "not valid JSON"))).isFalse();
        assertThat(policy.retries(1, new UnprocessableEventException("wrong topic"))).isFalse();
        assertThat(policy.retries(1, new DomainValidationException("rate", "must be ≥ 0"))).isFalse();
    }

    @Test
    void rejectsASettingThatCannotWork() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("initial-delay");
    }
}
