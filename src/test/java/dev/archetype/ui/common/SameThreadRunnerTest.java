package dev.archetype.ui.common;

import dev.archetype.core.task.CancelledException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SameThreadRunnerTest {
    private final SameThreadRunner runner = new SameThreadRunner();
    private final List<String> outcomes = new ArrayList<>();

    private JobCallbacks<Integer> record() {
        return new JobCallbacks<>(v -> outcomes.add("success " + v), e -> outcomes.add("failure " + e.getMessage()),
                () -> outcomes.add("cancelled"));
    }

    @Test
    void deliversTheResultBeforeReturning() {
        BackgroundJob job = runner.run("add", (p, c) -> {
            p.progress(0.5, "half");
            return 2 + 3;
        }, record());
        assertThat(outcomes).containsExactly("success 5");
        assertThat(job.progressProperty().get()).isEqualTo(0.5);
        assertThat(job.messageProperty().get()).isEqualTo("half");
        assertThat(job.runningProperty().get()).isFalse();
        assertThat(runner.activeJobProperty().get()).isNull();
    }

    @Test
    void reportsFailuresWithTheOriginalException() {
        runner.run("fail", (p, c) -> { throw new IOException("disk gone"); }, record());
        assertThat(outcomes).containsExactly("failure disk gone");
    }

    @Test
    void treatsCancelledExceptionAsCancelNotFailure() {
        runner.run("stop", (p, c) -> { throw new CancelledException(); }, record());
        assertThat(outcomes).containsExactly("cancelled");
    }

    @Test
    void showsTheJobAsActiveWhileItRuns() {
        List<String> seen = new ArrayList<>();
        runner.run("look", (p, c) -> {
            seen.add(runner.activeJobProperty().get().title());
            return 1;
        }, record());
        assertThat(seen).containsExactly("look");
    }
}
