package io.reactiveorm.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;
import reactor.test.publisher.TestPublisher;

/** The gate that orders a transaction's end after its statements and refuses statements after it. No database. */
class StatementGateTest {

    @Test
    void aStatementGuardedAfterTheGateClosedFailsWithoutReachingTheDriver() {
        StatementGate gate = new StatementGate();
        StepVerifier.create(gate.close()).verifyComplete();
        PublisherProbe<Integer> statement = PublisherProbe.of(Mono.just(1));
        StepVerifier.create(gate.guard(statement.flux()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("the transaction has already ended"))
                .verify();
        statement.assertWasNotSubscribed();
    }

    @Test
    void aStatementGuardedBeforeTheGateClosedButSubscribedAfterItDoesNotReachTheDriver() {
        StatementGate gate = new StatementGate();
        PublisherProbe<Integer> statement = PublisherProbe.of(Mono.just(1));
        Flux<Integer> guarded = gate.guard(statement.flux()); // assembled while open: the gate decides on subscribe
        StepVerifier.create(gate.close()).verifyComplete();
        StepVerifier.create(guarded).expectError(IllegalStateException.class).verify();
        statement.assertWasNotSubscribed();
    }

    @Test
    void closingWithNothingInFlightCompletesAtOnceAndAgainOnASecondClose() {
        StatementGate gate = new StatementGate();
        StepVerifier.create(gate.guard(Flux.just(1, 2))).expectNext(1, 2).verifyComplete();
        StepVerifier.create(gate.close()).verifyComplete();
        StepVerifier.create(gate.close()).as("closing twice").verifyComplete();
    }

    @Test
    void closingWaitsForEveryStatementInFlight() {
        StatementGate gate = new StatementGate();
        Sinks.One<Integer> first = Sinks.one();
        Sinks.Empty<Void> second = Sinks.empty();
        List<Integer> received = new ArrayList<>();
        gate.guard(first.asMono()).subscribe(received::add);
        AtomicReference<Throwable> secondError = new AtomicReference<>();
        gate.guard(second.asMono()).subscribe(null, secondError::set);
        AtomicBoolean closed = new AtomicBoolean();
        gate.close().subscribe(null, null, () -> closed.set(true));
        assertThat(closed).as("closed with two statements in flight").isFalse();
        first.tryEmitValue(7);
        assertThat(received).containsExactly(7);
        assertThat(closed).as("closed with one statement in flight").isFalse();
        second.tryEmitError(new IllegalStateException("statement failed")); // an error ends a statement too
        assertThat(secondError.get()).hasMessage("statement failed");
        assertThat(closed).as("closed once both ended").isTrue();
    }

    @Test
    void aCancelledStatementIsDrainedNotCancelledAndTheCloseWaitsForItsEnd() {
        StatementGate gate = new StatementGate();
        TestPublisher<Integer> statement = TestPublisher.create();
        List<Object> discarded = new ArrayList<>();
        List<Integer> received = new ArrayList<>();
        Disposable subscriber = gate.guard(statement)
                .doOnDiscard(Integer.class, discarded::add)
                .subscribe(received::add);
        statement.next(1);
        subscriber.dispose();
        statement.assertWasNotCancelled();
        statement.assertMinRequested(Long.MAX_VALUE); // asks for the rest, to drop it
        AtomicBoolean closed = new AtomicBoolean();
        gate.close().subscribe(null, null, () -> closed.set(true));
        statement.next(2, 3);
        assertThat(received).as("rows after the cancel are not passed on").containsExactly(1);
        assertThat(discarded).as("rows after the cancel are discarded").containsExactly(2, 3);
        assertThat(closed).as("closed while the cancelled statement runs").isFalse();
        statement.complete();
        assertThat(closed).as("closed once the cancelled statement ended").isTrue();
    }

    @Test
    void anErrorOfACancelledStatementIsDroppedAndEndsIt() {
        StatementGate gate = new StatementGate();
        TestPublisher<Integer> statement = TestPublisher.create();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Disposable subscriber = gate.guard(statement).subscribe(null, error::set);
        subscriber.dispose();
        AtomicBoolean closed = new AtomicBoolean();
        gate.close().subscribe(null, null, () -> closed.set(true));
        statement.error(new IllegalStateException("late failure"));
        assertThat(error.get()).as("the cancelled subscriber hears nothing").isNull();
        assertThat(closed).isTrue();
    }

    @Test
    void underConcurrencyNoStatementRunsAfterTheCloseCompleted() throws InterruptedException {
        for (int round = 0; round < 200; round++) {
            StatementGate gate = new StatementGate();
            AtomicBoolean closeCompleted = new AtomicBoolean();
            AtomicInteger ranAfterClose = new AtomicInteger();
            Mono<Void> statement = Mono.fromRunnable(() -> {
                if (closeCompleted.get()) {
                    ranAfterClose.incrementAndGet();
                }
            });
            int statements = 50;
            CountDownLatch done = new CountDownLatch(statements);
            for (int i = 0; i < statements; i++) {
                gate.guard(statement).subscribeOn(Schedulers.parallel())
                        .subscribe(null, e -> done.countDown(), done::countDown);
            }
            gate.close().subscribe(null, null, () -> closeCompleted.set(true));
            assertThat(done.await(10, TimeUnit.SECONDS)).as("every statement ran or was refused").isTrue();
            assertThat(ranAfterClose).as("statements that ran after the close completed").hasValue(0);
            assertThat(closeCompleted).as("closed once the statements ended").isTrue();
        }
    }
}
