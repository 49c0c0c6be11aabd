package dev.archetype;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GtkCheckTest {
    private final List<Path> looked = new ArrayList<>();
    private int ldconfigCalls;

    private GtkCheck check(String os, String ldPath, Set<Path> present, String ldconfig) {
        return new GtkCheck(os, ldPath, p -> { looked.add(p); return present.contains(p); }, () -> {
            ldconfigCalls++;
            return ldconfig;
        });
    }

    @Test
    void gtkInAUsualFolderIsFoundWithoutAskingLdconfig() {
        GtkCheck c = check("Linux", null, Set.of(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0")), "");
        assertThat(c.gtkMissing()).isFalse();
        assertThat(ldconfigCalls).as("the happy path spawns no process").isZero();
    }

    @Test
    void gtkOnlyOnLdLibraryPathIsFound() {
        GtkCheck c = check("Linux", "/opt/gtk/lib:", Set.of(Path.of("/opt/gtk/lib/libgtk-3.so.0")), "");
        assertThat(c.gtkMissing()).isFalse();
        assertThat(looked.get(0)).isEqualTo(Path.of("/opt/gtk/lib/libgtk-3.so.0"));
    }

    @Test
    void gtkKnownOnlyToTheLoaderCacheIsFound() {
        GtkCheck c = check("Linux", null, Set.of(), "\tlibgtk-3.so.0 (libc6,x86-64) => /weird/place/libgtk-3.so.0\n");
        assertThat(c.gtkMissing()).isFalse();
    }

    @Test
    void noGtkAnywhereIsMissing() {
        GtkCheck c = check("Linux", null, Set.of(), "\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6\n");
        assertThat(c.gtkMissing()).isTrue();
        assertThat(GtkCheck.MESSAGE).isEqualTo("archetype: the window needs the GTK 3 libraries (libgtk-3-0);"
                + " install them, or use a command: archetype --help");
    }

    @Test
    void anUnanswerableLoaderDoesNotBlockTheWindow() {
        assertThat(check("Linux", null, Set.of(), null).gtkMissing()).isFalse();
    }

    @Test
    void aGtkThatIsThereButCannotBeLoadedIsRecognisedAtStartUp() {
        RuntimeException launch = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(GtkCheck.isGtkFailure(launch)).isTrue();
        assertThat(GtkCheck.isGtkFailure(new UnsupportedOperationException("Unable to open DISPLAY"))).isFalse();
    }

    @Test
    void otherSystemsAreNotChecked() {
        assertThat(check("Windows 11", null, Set.of(), "").gtkMissing()).isFalse();
        assertThat(check("Mac OS X", null, Set.of(), "").gtkMissing()).isFalse();
        assertThat(looked).isEmpty();
    }
}
