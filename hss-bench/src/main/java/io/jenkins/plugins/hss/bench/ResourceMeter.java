package io.jenkins.plugins.hss.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What a stretch of work on the current thread cost this JVM: CPU of the thread and of the whole
 * process (GC and JIT included), bytes the thread allocated, and heap. Heap is measured after
 * collections, not as how full the collector lets the heap get: the peak is the largest heap
 * after any collection during the work, an upper bound of the live data (a young collection
 * leaves old garbage in place); retained is what a full collection at the end keeps.
 */
final class ResourceMeter {

    /** The measured figures; CPU in nanoseconds, memory in bytes. */
    record Use(long threadCpuNanos, long processCpuNanos, long allocatedBytes, long peakHeapAfterGcBytes,
               long retainedHeapBytes, long maxHeapBytes) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long threadCpu;
    private final long processCpu;
    private final long allocated;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final NotificationListener afterCollection = this::collected;

    private ResourceMeter() {
        this.threadCpu = THREADS.getCurrentThreadCpuTime();
        this.processCpu = PROCESS.getProcessCpuTime();
        this.allocated = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Collects garbage, then starts counting. */
    static ResourceMeter start() {
        System.gc();
        ResourceMeter meter = new ResourceMeter();
        collectors().forEach(gc -> gc.addNotificationListener(meter.afterCollection, null, null));
        return meter;
    }

    Use stop() {
        long threadCpuNow = THREADS.getCurrentThreadCpuTime();
        long processCpuNow = PROCESS.getProcessCpuTime();
        long allocatedNow = THREADS.getCurrentThreadAllocatedBytes();
        for (NotificationEmitter gc : collectors()) {
            try {
                gc.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("start() registers the listener on every collector", e);
            }
        }
        System.gc();
        long retained = heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        return new Use(threadCpuNow - threadCpu, processCpuNow - processCpu, allocatedNow - allocated,
                Math.max(peakAfterGc.get(), retained), retained, Runtime.getRuntime().maxMemory());
    }

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        Set<String> heap = heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        long live = after.entrySet().stream().filter(pool -> heap.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(live, Math::max);
    }

    private static List<NotificationEmitter> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(gc -> (NotificationEmitter) gc).toList();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
