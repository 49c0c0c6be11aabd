package dev.archetype.ui.export;

import java.util.Objects;

/**
 * A snapshot's pixels, copied off the scene graph so they can be encoded on a worker thread.
 *
 * @param width  in pixels, at least 1
 * @param height in pixels, at least 1
 * @param argb   row-major, one non-premultiplied 0xAARRGGBB value per pixel
 */
public record ArgbImage(int width, int height, int[] argb) {
    public ArgbImage {
        Objects.requireNonNull(argb, "argb");
        if (width < 1 || height < 1) throw new IllegalArgumentException("an image needs at least one pixel: " + width + "×" + height);
        if ((long) width * height != argb.length) throw new IllegalArgumentException(argb.length + " pixels for " + width + "×" + height);
    }
}
