package io.jenkins.plugins.hss.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * What a stretch of work on the current thread cost this JVM: CPU of the thread and of the whole
 * process (GC and JIT included), bytes the thread allocated, and heap. The heap peak is the sum of
 * each heap pool's own peak since the start, an upper bound of the true simultaneous peak;
 * retained heap is what is still reachable after a full GC at the end.
 */
final class ResourceMeter {

    /** The measured figures; CPU in nanoseconds, memory in bytes. */
    record Use(long threadCpuNanos, long processCpuNanos, long allocatedBytes, long peakHeapBytes,
               long retainedHeapBytes, long maxHeapBytes) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long threadCpu;
    private final long processCpu;
    private final long allocated;

    private ResourceMeter() {
        this.threadCpu = THREADS.getCurrentThreadCpuTime();
        this.processCpu = PROCESS.getProcessCpuTime();
        this.allocated = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Collects garbage and resets the heap peaks, then starts counting. */
    static ResourceMeter start() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return new ResourceMeter();
    }

    Use stop() {
        long threadCpuNow = THREADS.getCurrentThreadCpuTime();
        long processCpuNow = PROCESS.getProcessCpuTime();
        long allocatedNow = THREADS.getCurrentThreadAllocatedBytes();
        long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        return new Use(threadCpuNow - threadCpu, processCpuNow - processCpu, allocatedNow - allocated, peak, retained,
                Runtime.getRuntime().maxMemory());
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
