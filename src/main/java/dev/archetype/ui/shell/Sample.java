package dev.archetype.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set bundled in the jar, opened through the normal import by copying it to a temporary file
 * that keeps its real name (so messages and the title name it properly).
 *
 * @param title    menu text
 * @param resource class-path resource
 */
public record Sample(String title, String resource) {
    public static final Sample WHOLESALE = new Sample("Wholesale customers", "/dev/archetype/samples/wholesale_customers.csv");
    public static final Sample WINE_OFFERS = new Sample("Wine offers", "/dev/archetype/samples/wine_offers.xlsx");

    /** The samples present in this build, in menu order. */
    public static List<Sample> available() {
        List<Sample> list = new ArrayList<>();
        for (Sample s : List.of(WHOLESALE, WINE_OFFERS)) {
            if (Sample.class.getResource(s.resource()) != null) list.add(s);
        }
        return list;
    }

    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Copies the sample to a fresh temporary folder and returns the copy. */
    public Path copyToTempFile() {
        try (InputStream in = Sample.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Sample " + resource + " is missing from this build");
            Path dir = Files.createTempDirectory("archetype-sample");
            Path file = dir.resolve(fileName());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            // deleteOnExit runs in reverse order: the file goes first, then its folder.
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the sample " + title + ": " + e.getMessage(), e);
        }
    }
}
