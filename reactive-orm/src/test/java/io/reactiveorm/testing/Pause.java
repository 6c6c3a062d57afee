package io.reactiveorm.testing;

/**
 * A database function for embedded databases that run Java (H2's {@code CREATE ALIAS}): a statement that takes a
 * known time, whatever the machine's speed. Runs on the database's own thread, never on an event loop.
 */
public final class Pause {
    private Pause() {
    }

    /**
     * @param millis how long to sleep
     * @return {@code millis}
     * @throws InterruptedException if interrupted
     */
    public static int millis(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return millis;
    }
}
