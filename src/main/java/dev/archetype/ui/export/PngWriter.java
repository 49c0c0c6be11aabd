package dev.archetype.ui.export;

import dev.archetype.core.export.AtomicFileWriter;
import dev.archetype.core.export.ExportException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Encodes a snapshot as PNG with {@code javax.imageio} (plain java.desktop, no Swing bridge) and writes it
 * all-or-nothing through {@link AtomicFileWriter}. Stateless; safe on any thread.
 */
public final class PngWriter {
    private PngWriter() { }

    public static void write(ArgbImage image, Path target, Path source) throws ExportException {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());
        AtomicFileWriter.write(target, source, AtomicFileWriter.Overwrite.REPLACE, out -> {
            if (!ImageIO.write(buffered, "png", out)) throw new IOException("no PNG encoder available");
        });
    }
}
