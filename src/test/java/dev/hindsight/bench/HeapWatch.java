package dev.hindsight.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of the measured runs: the heap in use just before each collection (the most
 * it held, garbage included) and after it (what was still live), plus samples between runs.
 * Collections are seen through the JVM's GC notifications, so nothing polls during a run.
 */
final class HeapWatch implements AutoCloseable {
    private long peakUsed;
    private long peakLive;
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            record(sum(info.getMemoryUsageBeforeGc()), sum(info.getMemoryUsageAfterGc()));
        }
    };

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    private static long sum(Map<String, MemoryUsage> pools) {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                total += usage.getUsed();
            }
        }
        return total;
    }

    private synchronized void record(long used, long live) {
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
    }

    /** Takes the heap in use now into the peak (called between runs). */
    void sample() {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), 0);
    }

    synchronized double peakUsedMb() {
        return peakUsed / 1048576.0;
    }

    synchronized double peakLiveMb() {
        return peakLive / 1048576.0;
    }

    @Override
    public void close() throws Exception {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(listener);
        }
    }
}
