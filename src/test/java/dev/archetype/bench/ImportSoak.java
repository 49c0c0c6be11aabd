package dev.archetype.bench;

import dev.archetype.cli.CliRuns;
import dev.archetype.core.io.AwkwardFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Soak run of the import fuzz corpus at large sizes: writes every {@link AwkwardFiles} kind with its rows and
 * sizes multiplied by a factor, runs each through {@code inspect} and {@code cluster --k 2} in-process, prints
 * one line per run (exit code, time, first line of output or error) and the problems found, and exits 1 when
 * any run misbehaved (exit code outside 0/1/2, more than one error line, an exception or stack trace shown).
 *
 * <p>Factor 1 is the unit-test size (40 rows); factor 20,000 gives 800,000-row CSVs (parallel blocks), an 80 MB
 * line without a break, 80 MB of binary garbage and a 12-million-string workbook. Run it after
 * {@code mvn -q test-compile} from the project folder:
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.archetype.bench.ImportSoak 20000 [seed] [dir]
 * </pre>
 * Files go to a fresh temporary folder (or {@code dir}) and are deleted afterwards unless {@code dir} was given.
 */
public final class ImportSoak {
    private ImportSoak() { }

    public static void main(String[] args) throws Exception {
        int factor = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        boolean keep = args.length > 2;
        Path dir = keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("archetype-soak");
        System.out.printf(Locale.ROOT, "factor %d, seed %d, folder %s, heap %d MB%n", factor, seed, dir,
                Runtime.getRuntime().maxMemory() >> 20);
        List<Path> files = AwkwardFiles.writeAll(dir, factor, seed);
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            for (String[] command : new String[][] {{"inspect"}, {"cluster", "--k", "2"}}) {
                CliRuns.Run r = CliRuns.run(f, command);
                String said = (r.code() == 0 ? r.out() : r.err()).strip().lines().findFirst().orElse("");
                System.out.printf(Locale.ROOT, "%-28s %-14s %,10d bytes  exit %d  %,7d ms  %s%n", r.file(), r.command(),
                        Files.size(f), r.code(), r.millis(), said.length() > 140 ? said.substring(0, 140) + "…" : said);
                problems.addAll(CliRuns.problems(r));
            }
        }
        if (!keep) {
            for (Path f : files) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
        System.out.println(problems.isEmpty() ? "no problems" : problems.size() + " problems:");
        problems.forEach(p -> System.out.println("  " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
