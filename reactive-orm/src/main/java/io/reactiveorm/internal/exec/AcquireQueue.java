package io.reactiveorm.internal.exec;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The ORM's own queue in front of a connection pool: at most as many acquisitions reach the pool as it holds
 * connections, first come first served, and a caller who gives up leaves the queue at once. The pool's own queue
 * cannot be left safely (cancelling an acquisition of r2dbc-pool while it delivers can leave a connection counted
 * as acquired for good), so nobody waits in it: a caller who cancels here simply is not there any more.
 */
final class AcquireQueue {
    private final LinkedHashSet<Runnable> waiting = new LinkedHashSet<>();
    private int free;

    /** @param size how many connections the pool holds */
    AcquireQueue(int size) {
        this.free = size;
    }

    /**
     * @param turn runs once a connection may be taken from the pool: now, or when {@link #release} makes room
     *     (on the releasing thread); each run owes one {@link #release}
     */
    void enter(Runnable turn) {
        synchronized (this) {
            if (free == 0 || !waiting.isEmpty()) {
                waiting.add(turn);
                return;
            }
            free--;
        }
        turn.run();
    }

    /**
     * @param turn a turn given to {@link #enter}
     * @return whether it was still waiting (and now is not); false if it has run or is about to
     */
    synchronized boolean leave(Runnable turn) {
        return waiting.remove(turn);
    }

    /** Gives the room of a connection back to the pool: to the first waiting turn, if any. */
    void release() {
        Runnable next;
        synchronized (this) {
            Iterator<Runnable> first = waiting.iterator();
            if (!first.hasNext()) {
                free++;
                return;
            }
            next = first.next();
            first.remove();
        }
        next.run();
    }

    /** @return how many callers wait for a connection */
    synchronized int waiting() {
        return waiting.size();
    }
}
