package dev.archetype.core.project;

import dev.archetype.core.data.ColumnType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class ProjectFixtures {
    private ProjectFixtures() { }

    static Project project(Path source) throws IOException {
        Map<String, ColumnType> overrides = new LinkedHashMap<>();
        overrides.put("Region", ColumnType.CATEGORICAL);
        overrides.put("Channel", ColumnType.CATEGORICAL);
        ImportSettings settings = new ImportSettings("Customers", 2, true, ';', "windows-1252",
                List.of("NA", "-"), overrides, "PAD");
        Preparation prep = new Preparation(List.of("Fresh", "Milk", "Region"), "ZSCORE", "MEAN");
        ClusterSettings cluster = new ClusterSettings("COSINE", "RANDOM", 2, 8, 4, 1234567890123L, 7, 250, 1e-6);
        return new Project(source.toAbsolutePath(), Sha256.of(source), settings, prep, cluster,
                List.of("Café owners", "Big grocers", "Deli \"fans\"", "Occasional"));
    }
}
