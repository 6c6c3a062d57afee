package io.reactiveorm.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during one run, above the heap in use after a full GC just before it: the peak in use (sampled every
 * 5 ms; includes garbage not yet collected, so it follows the young generation's size for streaming code) and the
 * peak left after any GC during the run (what the run actually held on to).
 */
final class HeapProbe implements NotificationListener {
    private final long baseline;
    private final List<String> heapPools = new ArrayList<>();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** The heap, as measured. @param peakMb peak in use @param liveMb peak after GC, both MB above the baseline */
    record Heap(double peakMb, double liveMb) {
    }

    private HeapProbe() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        System.gc();
        baseline = used();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** @return a probe, started after a full GC */
    static HeapProbe start() {
        return new HeapProbe();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            peakAfterGc.accumulateAndGet(after, Math::max);
        }
    }

    /** @return the heap during the run */
    Heap stop() throws InterruptedException {
        running = false;
        sampler.join();
        peak.accumulateAndGet(used(), Math::max);
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Heap(Math.max(0, peak.get() - baseline) / 1048576.0, Math.max(0, peakAfterGc.get() - baseline) / 1048576.0);
    }
}
