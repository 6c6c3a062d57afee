package io.reactiveorm.examples.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** BlockHound is installed in this module's test JVM, so the web tests would fail on a blocking call. */
class BlockHoundActiveTest {

    @Test
    void blockingOnAParallelThreadFails() {
        assertThatThrownBy(() -> Mono.fromCallable(() -> {
                    Thread.sleep(1);
                    return 1;
                }).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(5)))
                .hasMessageContaining("Blocking call");
    }
}
