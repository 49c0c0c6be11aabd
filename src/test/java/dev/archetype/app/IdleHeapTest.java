package dev.archetype.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The window asks G1 to give idle memory back, once, and never overrides a value someone chose. */
class IdleHeapTest {
    @Test
    void setsThePeriodicCollectionOnceAndThenLeavesItAlone() {
        HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue(Boolean.parseBoolean(hs.getVMOption("UseG1GC").getValue()), "the tests run on G1");
        VMOption before = hs.getVMOption("G1PeriodicGCInterval");
        boolean wasDefault = before.getOrigin() == VMOption.Origin.DEFAULT && before.getValue().equals("0");

        assertThat(IdleHeap.apply()).isEqualTo(wasDefault);
        if (wasDefault) assertThat(hs.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo(IdleHeap.INTERVAL_MS);
        assertThat(IdleHeap.apply()).as("a value already set is kept").isFalse();
    }
}
