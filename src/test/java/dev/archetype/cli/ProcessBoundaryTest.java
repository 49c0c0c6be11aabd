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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /** Writes {@code file} with {@code rows} lines from {@code line}, after {@code header}. */
    private Path write(String name, String header, int rows, java.util.function.IntFunction<String> line) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                w.write(line.apply(i));
                w.write('\n');
            }
        }
        return file;
    }

    private String finish(Process p, int exitCode) throws Exception {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(exitCode);
        return err;
    }

    /** G1 named on the command line: the heap this run may use is exactly -Xmx, and no child JVM is started. */
    private static final String G1 = "-XX:+UseG1GC";

    @Test
    void aFileThatCannotFitIsRefusedBeforeReadingWithWhatItNeeds() throws Exception {
        // 1,000,000 rows × 9 one-digit numbers (18 bytes a line): at least 8 bytes a cell is 69 MB, more than 64 MB.
        Path file = write("numbers.csv", "a,b,c,d,e,f,g,h,i", 1_000_000,
                i -> i % 10 + "," + i % 7 + "," + i % 3 + "," + i % 9 + "," + i % 4 + "," + i % 6 + "," + i % 5 + "," + i % 8 + "," + i % 2);
        String err = finish(start(List.of("-Xmx64m", G1), "inspect", file.toString()), ArchetypeCli.BAD_INPUT);
        assertThat(err).isEqualTo("archetype: numbers.csv: needs at least 69 MB of memory to open (about 999,963 rows × 9"
                + " columns), but this run may use 64 MB; start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx2g archetype …"
                + " (or java -Xmx2g -jar archetype.jar …)" + System.lineSeparator());
        assertThat(dir.resolve("logs")).as("an expected failure writes no trace").doesNotExist();
    }

    @Test
    void runningOutOfMemoryWhileReadingNamesTheFileInOneLine() throws Exception {
        // Unique text costs about 60 bytes a cell: past the lower bound (24 MB of 48), but about 390 MB to read — far
        // enough over that reading itself runs out (at 200,000 rows it sometimes finished and inspect ran out after it).
        Path file = write("text.csv", "email,name,street,code,note", 600_000,
                i -> "user" + i + "@example.com,Name " + i + " Surname," + i + " Long Street,code-" + i + "-abc,note " + i + " here");
        String err = finish(start(List.of("-Xmx48m", G1, "-XX:TieredStopAtLevel=1"), "inspect", file.toString()),
                ArchetypeCli.BAD_INPUT);
        assertThat(err).isEqualTo("archetype: text.csv: not enough memory to open it: this run may use 48 MB; start with a"
                + " larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx2g archetype … (or java -Xmx2g -jar archetype.jar …)"
                + System.lineSeparator());
    }

    @Test
    void runningOutOfMemoryWhileClusteringIsOneLineNamingTheHeap() throws Exception {
        // 400,000 rows read in 54 MB, but a 40-level category one-hot encoded is a 400,000 × 41 matrix (320 MB to cluster).
        Path file = write("groups.csv", "id,group,x", 400_000, i -> i + ",G" + (i * 7919) % 40 + "," + (i % 1000) / 10.0);
        String err = finish(start(List.of("-Xmx96m", G1, "-XX:TieredStopAtLevel=1"), "cluster", file.toString(),
                "--features", "group,x", "--k", "3"), ArchetypeCli.BAD_INPUT);
        assertThat(err).isEqualTo("archetype: not enough memory: the data needs more than the 96 MB this run may use;"
                + " start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx2g archetype … (or java -Xmx2g -jar archetype.jar …)"
                + System.lineSeparator());
    }

    private static boolean g1ByErgonomics() {
        var hs = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        var g1 = hs.getVMOption("UseG1GC");
        return Boolean.parseBoolean(g1.getValue()) && g1.getOrigin() == com.sun.management.VMOption.Origin.ERGONOMIC;
    }

    @Test
    void aCommandOnALargeFileRunsInAChildJvmWithTheSerialCollectorAndItsExitCode() throws Exception {
        assumeTrue(g1ByErgonomics(), "the JVM picks G1 on this machine (2+ cores, 2 GB+)");
        Path file = numbers(2_000);
        // Any file counts as large here; -Xlog:gc says which collector each JVM uses.
        Process p = start(List.of("-Darchetype.serialGcFromBytes=1", "-Xlog:gc:stderr"), "inspect", file.toString());
        String err = finish(p, ArchetypeCli.OK);
        assertThat(err).contains("Using G1").contains("Using Serial");
        assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("big.csv: 2000 rows × 9 columns");

        Process bad = start(List.of("-Darchetype.serialGcFromBytes=1"), "cluster", file.toString(), "--features", "nope", "--k", "2");
        assertThat(finish(bad, ArchetypeCli.BAD_INPUT)).isEqualTo("archetype: No column 'nope' in big.csv; columns are"
                + " [id, a, b, c, d, e, f, g, h]" + System.lineSeparator());
    }

    @Test
    void ctrlCReachesTheChildJvmAndTheCommandEndsCancelled() throws Exception {
        assumeTrue(g1ByErgonomics(), "the JVM picks G1 on this machine (2+ cores, 2 GB+)");
        Path file = numbers(200_000);
        Process p = start(List.of("-Darchetype.serialGcFromBytes=1"), "sweep", file.toString(), "--k", "2..40", "--restarts", "50");
        Thread.sleep(3500);
        List<ProcessHandle> children = p.descendants().toList();
        assertThat(children).as("the child JVM").hasSize(1);
        // Sent to the parent only, as a terminal sends it to both.
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        String err = finish(p, ArchetypeCli.CANCELLED);
        assertThat(err.strip()).isEqualTo("archetype: cancelled");
        assertThat(children.get(0).onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
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
