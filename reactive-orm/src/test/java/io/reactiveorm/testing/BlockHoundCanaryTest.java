package io.reactiveorm.testing;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Proves BlockHound is installed in the test JVM: a blocking call on a non-blocking thread must be reported. */
class BlockHoundCanaryTest {

    @Test
    void sleepingOnTheParallelSchedulerIsReported() {
        Mono<String> blocking = Mono.fromCallable(() -> {
                    Thread.sleep(10);
                    return "slept";
                })
                .subscribeOn(Schedulers.parallel());

        StepVerifier.create(blocking)
                .expectError(BlockingOperationError.class)
                .verify(Duration.ofSeconds(10));
    }
}
