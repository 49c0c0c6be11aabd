package dev.archetype.core.failure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapAdviceTest {
    private static final long MB = 1L << 20;

    @Test
    void sizesAreInMegabytesBelowAGigabyteRoundedUp() {
        assertThat(HeapAdvice.size(64 * MB)).isEqualTo("64 MB");
        assertThat(HeapAdvice.size(64 * MB + 1)).isEqualTo("65 MB");
        assertThat(HeapAdvice.size(1)).isEqualTo("1 MB");
        assertThat(HeapAdvice.size(3328 * MB)).isEqualTo("3.3 GB");
    }

    @Test
    void theSuggestedHeapIsWholeGigabytesAndAtLeastTwo() {
        assertThat(HeapAdvice.suggestedGb(100 * MB)).isEqualTo(2);
        assertThat(HeapAdvice.suggestedGb(3 * 1024 * MB + 1)).isEqualTo(4);
        assertThat(HeapAdvice.largerHeap(5000 * MB)).isEqualTo(
                "start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx5g archetype … (or java -Xmx5g -jar archetype.jar …)");
    }
}
