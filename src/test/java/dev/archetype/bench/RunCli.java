package dev.archetype.bench;

import dev.archetype.cli.ArchetypeCli;

/** Runs the CLI with the test-only CSV reader (until the importer lands): java -cp … dev.archetype.bench.RunCli sweep FILE … */
public final class RunCli {
    public static void main(String[] args) throws Exception {
        var f = Class.forName("dev.archetype.cli.DatasetReading").getDeclaredField("loader");
        f.setAccessible(true);
        Class<?> loaderType = Class.forName("dev.archetype.cli.DatasetReading$Loader");
        Object loader = java.lang.reflect.Proxy.newProxyInstance(RunCli.class.getClassLoader(), new Class<?>[] {loaderType},
                (p, m, a) -> m.getName().equals("load") ? dev.archetype.core.TestData.readNumericCsv((java.nio.file.Path) a[0]) : null);
        f.set(null, loader);
        System.exit(ArchetypeCli.run(args));
    }
}
