package dev.archetype.core.failure;

import dev.archetype.core.task.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {
    @TempDir Path dir;

    private Failures.Explained explain(Throwable t) {
        String old = System.getProperty(Failures.LOG_DIR_PROPERTY);
        System.setProperty(Failures.LOG_DIR_PROPERTY, dir.toString());
        try {
            return Failures.explain(t);
        } finally {
            if (old == null) System.clearProperty(Failures.LOG_DIR_PROPERTY); else System.setProperty(Failures.LOG_DIR_PROPERTY, old);
        }
    }

    @Test
    void outOfMemoryNamesTheHeapToAskForAndLogsTheTrace() throws Exception {
        Failures.Explained e = explain(new OutOfMemoryError("Java heap space"));
        assertThat(e.kind()).isEqualTo(Failures.Kind.BAD_INPUT);
        assertThat(e.message()).startsWith("not enough memory").contains("java -Xmx").doesNotContain("\n");
        assertThat(e.log()).isEqualTo(dir.resolve("archetype.log"));
        assertThat(Files.readString(e.log())).contains("java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorPointingAtTheLog() throws Exception {
        Failures.Explained e = explain(new ArrayIndexOutOfBoundsException("Index 16 out of bounds for length 16"));
        assertThat(e.kind()).isEqualTo(Failures.Kind.INTERNAL);
        assertThat(e.message()).isEqualTo("internal error (array index out of bounds exception); details in " + dir.resolve("archetype.log"));
        assertThat(Files.readString(e.log())).contains("ArrayIndexOutOfBoundsException").contains("\tat ");
    }

    @Test
    void libraryInternalsInAMessageAreNotShown() {
        Failures.Explained e = explain(new IOException("com.fasterxml.jackson.core.JsonParseException: Unexpected character"));
        assertThat(e.kind()).isEqualTo(Failures.Kind.BAD_INPUT);
        assertThat(e.message()).startsWith("the input could not be processed").doesNotContain("fasterxml");
    }

    @Test
    void anExpectedMessageIsKeptToItsFirstLineAndWrappersAreSeenThrough() {
        Failures.Explained e = explain(new UncheckedIOException(new IOException("data.csv, row 7: bad\nmore detail")));
        assertThat(e).isEqualTo(new Failures.Explained("data.csv, row 7: bad", Failures.Kind.BAD_INPUT, null));
        assertThat(explain(new CancelledException()).kind()).isEqualTo(Failures.Kind.CANCELLED);
        assertThat(explain(new StackOverflowError()).message()).startsWith("the input is nested too deeply");
    }
}
