package dev.archetype.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole process, as a user runs it: out of memory and Ctrl+C end in one line and the promised exit code. */
class ProcessBoundaryTest {
    @TempDir Path dir;

    private Process start(List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Darchetype.logDir=" + dir.resolve("logs"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.archetype.Launcher");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private Path numbers(int rows) throws Exception {
        Path file = dir.resolve("big.csv");
        Random r = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,a,b,c,d,e,f,g,h\n");
            for (int i = 0; i < rows; i++) {
                w.write(Integer.toString(i));
                for (int j = 0; j < 8; j++) w.write("," + r.nextInt(100_000) / 100.0);
                w.write('\n');
            }
        }
        return file;
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheHeapAndTheLog() throws Exception {
        Path file = numbers(400_000);
        Process p = start(List.of("-Xmx24m", "-XX:TieredStopAtLevel=1"), "cluster", file.toString(), "--k", "3");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
        assertThat(err).startsWith("archetype: not enough memory").contains("-Xmx").doesNotContain("Exception in thread")
                .doesNotContain("\tat ");
    }

    @Test
    void ctrlCCancelsWithExitThreeAndLeavesNoTemporaryFile() throws Exception {
        Path file = numbers(200_000);
        Path out = dir.resolve("labeled.xlsx");
        Process p = start(List.of(), "sweep", file.toString(), "--k", "2..40", "--restarts", "50");
        // Wait until the JVM is past start-up (it has opened the file), then interrupt as a terminal would.
        Thread.sleep(2500);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(ArchetypeCli.CANCELLED);
        assertThat(err.strip()).isEqualTo("archetype: cancelled");
        assertThat(out).doesNotExist();
    }
}
