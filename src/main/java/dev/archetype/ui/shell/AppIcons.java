package dev.archetype.ui.shell;

import javafx.scene.image.Image;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The app icon at the sizes bundled under /dev/archetype/icons. */
final class AppIcons {
    private static final int[] SIZES = {16, 32, 64, 128, 256};

    private AppIcons() { }

    static List<Image> windowIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) image(size).ifPresent(icons::add);
        return icons;
    }

    static Optional<Image> image(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream("/dev/archetype/icons/archetype-" + size + ".png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
