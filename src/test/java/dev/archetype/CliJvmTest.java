package dev.archetype;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a command moves to a child JVM with the serial collector, and with what command line. */
class CliJvmTest {
    @TempDir Path dir;

    private Path java() throws IOException {
        Path java = dir.resolve("bin").resolve("java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return java;
    }

    private Path file(String name, long bytes) throws IOException {
        Path f = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return f;
    }

    private CliJvm.Facts facts(boolean g1ByErgonomics, List<String> options) throws IOException {
        return new CliJvm.Facts(g1ByErgonomics, options, java(), "/opt/app/archetype.jar:/opt/app/libs/x.jar", 1000, false, false);
    }

    @Test
    void aLargeFileUnderErgonomicG1RunsAgainUnderTheSerialCollectorWithTheSameOptions() throws IOException {
        Path big = file("big.csv", 1000);
        List<String> cmd = CliJvm.childCommand(new String[] {"cluster", big.toString(), "--k", "4"},
                facts(true, List.of("-XX:MaxRAMPercentage=60", "-Djava.class.path=/opt/app/archetype.jar", "-Dfile.encoding=UTF-8")));
        assertThat(cmd).containsExactly(dir.resolve("bin").resolve("java").toString(), "-Xms32m",
                "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40", "-XX:MaxRAMPercentage=60",
                "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-cp", "/opt/app/archetype.jar:/opt/app/libs/x.jar",
                "dev.archetype.Launcher", "cluster", big.toString(), "--k", "4");
    }

    @Test
    void filesAddUpAndSmallOnesStayInThisJvm() throws IOException {
        Path project = file("p.archetype", 600);
        Path data = file("new.csv", 400);
        assertThat(CliJvm.childCommand(new String[] {"score", project.toString(), data.toString()}, facts(true, List.of())))
                .isNotNull();
        assertThat(CliJvm.childCommand(new String[] {"score", project.toString()}, facts(true, List.of()))).isNull();
        assertThat(CliJvm.childCommand(new String[] {"inspect", dir.resolve("missing.csv").toString()}, facts(true, List.of())))
                .isNull();
    }

    @Test
    void aChosenCollectorAnAgentOrNoFileKeepsTheCommandHere() throws IOException {
        Path big = file("big.csv", 5000);
        String[] args = {"inspect", big.toString()};
        assertThat(CliJvm.childCommand(args, facts(false, List.of("-XX:+UseG1GC")))).as("G1 chosen by the user").isNull();
        assertThat(CliJvm.childCommand(args, facts(true, List.of("-agentlib:jdwp=transport=dt_socket,server=y"))))
                .as("a debugger").isNull();
        assertThat(CliJvm.childCommand(args, facts(true, List.of("-javaagent:/x/jacocoagent.jar")))).as("coverage").isNull();
        assertThat(CliJvm.childCommand(new String[] {"--version"}, facts(true, List.of()))).isNull();
        CliJvm.Facts noJava = new CliJvm.Facts(true, List.of(), dir.resolve("nojava"), "a.jar", 1000, false, false);
        assertThat(CliJvm.childCommand(args, noJava)).as("a runtime without bin/java").isNull();
    }

    @Test
    void onlyFilesOfTheDefault48MiBOrMoreAreLargeInput() throws IOException {
        assertThat(CliJvm.DEFAULT_FROM_BYTES).isEqualTo(48L << 20);
        assertThat(CliJvm.fromBytes()).isEqualTo(CliJvm.DEFAULT_FROM_BYTES);
        assertThat(CliJvm.largeInput(new String[] {"inspect", file("small.csv", (48L << 20) - 1).toString()})).isFalse();
        assertThat(CliJvm.largeInput(new String[] {"inspect", file("large.csv", 48L << 20).toString()})).isTrue();
        assertThat(CliJvm.largeInput(new String[] {"--help"})).isFalse();
    }

    @Test
    void theChildGetsTheVectorModuleWhenTheRuntimeHasItAndItsNoticeIsDropped() throws IOException {
        Path big = file("big.csv", 1000);
        String[] args = {"cluster", big.toString(), "--k", "4"};
        CliJvm.Facts withVectors = new CliJvm.Facts(true, List.of(), java(), "a.jar", 1000, true, false);
        assertThat(CliJvm.childCommand(args, withVectors)).containsSubsequence("-XX:+UseSerialGC",
                "--add-modules=jdk.incubator.vector", "-cp", "a.jar");
        CliJvm.Facts alreadyGiven = new CliJvm.Facts(true, List.of("--add-modules=jdk.incubator.vector"), java(), "a.jar", 1000, true, false);
        assertThat(CliJvm.childCommand(args, alreadyGiven)).filteredOn(o -> o.contains("jdk.incubator.vector")).hasSize(1);
        assertThat(CliJvm.childCommand(args, facts(true, List.of()))).noneMatch(o -> o.contains("jdk.incubator.vector"));
    }

    @Test
    void theChildsHeapStartsSmallWithHugePagesWhereAskedAndTheUsersOwnHeapOptionsWin() throws IOException {
        Path big = file("big.csv", 1000);
        String[] args = {"inspect", big.toString()};
        CliJvm.Facts madvise = new CliJvm.Facts(true, List.of(), java(), "a.jar", 1000, false, true);
        assertThat(CliJvm.childCommand(args, madvise)).containsSubsequence("-Xms32m", "-XX:MinHeapFreeRatio=15",
                "-XX:MaxHeapFreeRatio=40", "-XX:+UseTransparentHugePages", "-XX:+UseSerialGC");
        assertThat(CliJvm.childCommand(args, facts(true, List.of()))).as("no huge pages on request")
                .noneMatch(o -> o.contains("HugePages"));
        CliJvm.Facts own = new CliJvm.Facts(true, List.of("-Xms1g", "-XX:MaxHeapFreeRatio=10", "-XX:-UseTransparentHugePages"),
                java(), "a.jar", 1000, false, true);
        assertThat(CliJvm.childCommand(args, own)).as("the user's heap options alone")
                .filteredOn(o -> o.startsWith("-Xms") || o.contains("HeapFreeRatio") || o.contains("HugePages"))
                .containsExactly("-Xms1g", "-XX:MaxHeapFreeRatio=10", "-XX:-UseTransparentHugePages");
        CliJvm.Facts smallMax = new CliJvm.Facts(true, List.of("-Xmx16m", "-XX:-UseLargePages", "-Dnote=HugePages"),
                java(), "a.jar", 1000, false, true);
        assertThat(CliJvm.childCommand(args, smallMax)).as("no start size above a smaller maximum, no huge pages")
                .noneMatch(o -> o.startsWith("-Xms") || o.contains("TransparentHugePages"))
                .contains("-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40");
        CliJvm.Facts propertyOnly = new CliJvm.Facts(true, List.of("-Dnote=-Xmx HugePages"), java(), "a.jar", 1000, false, true);
        assertThat(CliJvm.childCommand(args, propertyOnly)).as("a property's value is not an option")
                .contains("-Xms32m", "-XX:+UseTransparentHugePages");
    }

    @Test
    void inspectOfAFileUnder256MiBRunsWithTheQuickCompilerOnly() throws IOException {
        Path big = file("big.csv", 1000);
        assertThat(CliJvm.childCommand(new String[] {"inspect", big.toString()}, facts(true, List.of())))
                .contains("-XX:TieredStopAtLevel=1");
        assertThat(CliJvm.childCommand(new String[] {"cluster", big.toString(), "--k", "4"}, facts(true, List.of())))
                .as("clustering runs long: the optimising compiler pays").noneMatch(o -> o.contains("Tiered"));
        assertThat(CliJvm.childCommand(new String[] {"inspect", big.toString()}, facts(true, List.of("-XX:-TieredCompilation"))))
                .as("the user's compiler choice").noneMatch(o -> o.contains("TieredStopAtLevel"));
        Path huge = file("huge.csv", CliJvm.QUICK_COMPILER_BELOW);
        assertThat(CliJvm.childCommand(new String[] {"inspect", huge.toString()}, facts(true, List.of())))
                .noneMatch(o -> o.contains("Tiered"));
    }

    private static String filtered(String childErr) {
        var out = new java.io.ByteArrayOutputStream();
        StderrFilter.copy(new java.io.ByteArrayInputStream(childErr.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out,
                CliJvm.INCUBATOR_WARNING);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheJvmsIncubatorNoticeOnTheFirstLineIsDroppedFromTheChildsErrors() {
        String notice = "WARNING: Using incubator modules: jdk.incubator.vector";
        assertThat(filtered(notice + "\narchetype: bad.csv: no data rows\n")).isEqualTo("archetype: bad.csv: no data rows\n");
        assertThat(filtered(notice + "\r\nline\r\n")).isEqualTo("line\r\n");
        assertThat(filtered("archetype: cancelled\n" + notice + "\n")).isEqualTo("archetype: cancelled\n" + notice + "\n");
        assertThat(filtered("WARNING: Using incubator modules: jdk.incubator.foreign\nx\n"))
                .isEqualTo("WARNING: Using incubator modules: jdk.incubator.foreign\nx\n");
        assertThat(filtered("WARN")).isEqualTo("WARN");
        assertThat(filtered("")).isEmpty();
        assertThat(filtered(notice)).as("cut short before its line ends: kept").isEqualTo(notice);
    }
}
