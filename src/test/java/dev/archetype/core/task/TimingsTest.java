package dev.archetype.core.task;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phases are exclusive of the spans inside them, add up to no more than the total, and cost nothing when off. */
class TimingsTest {
    @AfterEach
    void off() {
        Timings.end();
    }

    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test
    void anInnerSpanIsNotCountedInItsParent() {
        Timings t = Timings.begin();
        long start = System.nanoTime();
        try (var outer = Timings.span("read")) {
            busy(10);
            try (var inner = Timings.span("type inference")) {
                busy(60);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Timings.end();
        assertThat(t.phases()).containsExactly("type inference", "read");
        assertThat(t.wallSeconds("type inference")).isGreaterThanOrEqualTo(0.060);
        // counted once: the two exclusive times add up to the time the outer span took (had the inner one been
        // counted in its parent too, the sum would exceed it by at least 60 ms, however the machine is loaded)
        assertThat(t.wallSeconds("read") + t.wallSeconds("type inference")).isLessThanOrEqualTo(elapsed)
                .isGreaterThanOrEqualTo(0.070);
    }

    @Test
    void aWholeSpanKeepsWhatRunsInsideIt() {
        Timings t = Timings.begin();
        try (var stability = Timings.whole("stability")) {
            try (var lloyd = Timings.span("Lloyd")) {
                busy(20);
            }
        }
        Timings.end();
        assertThat(t.phases()).containsExactly("stability");
        assertThat(t.wallSeconds("stability")).isGreaterThanOrEqualTo(0.020);
    }

    @Test
    void aHelperThreadOfAWholeSpanRecordsNothingOfItsOwn() throws Exception {
        Timings t = Timings.begin();
        try (var stability = Timings.whole("stability")) {
            Thread helper = new Thread(() -> {
                try (var quiet = Timings.absorbed()) {
                    try (var lloyd = Timings.span("Lloyd")) {
                        busy(20);
                    }
                }
                // closed: this thread's spans count again
                try (var read = Timings.span("read")) {
                    busy(1);
                }
            });
            helper.start();
            helper.join();
        }
        Timings.end();
        assertThat(t.phases()).containsExactlyInAnyOrder("stability", "read");
    }

    @Test
    void nothingIsRecordedWhenOff() {
        try (var s = Timings.span("read")) {
            busy(1);
        }
        assertThat(Timings.end()).isNull();
    }

    @Test
    void theTableListsEveryPhaseThenOtherAndTotal() {
        Timings t = Timings.begin();
        try (var s = Timings.span("Lloyd")) {
            busy(5);
        }
        Timings.end();
        var lines = t.lines();
        assertThat(lines.get(0)).startsWith("phase");
        assertThat(lines.get(1)).startsWith("Lloyd");
        assertThat(lines.get(lines.size() - 2)).startsWith("other");
        assertThat(lines.get(lines.size() - 1)).startsWith("total");
    }
}
