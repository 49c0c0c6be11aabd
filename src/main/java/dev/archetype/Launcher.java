package dev.archetype;

import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.failure.Failures;

import java.util.List;

/**
 * Plain entry point (does not extend Application, so the jar runs with JavaFX on the class path).
 * A known subcommand runs the command line; anything else opens the window (optionally on a file).
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length > 0 && ArchetypeCli.isCommand(args[0])) {
            List<String> child = CliJvm.largeInput(args) ? CliJvm.childCommand(args, CliJvm.Facts.ofThisJvm()) : null;
            java.util.OptionalInt code = child == null ? java.util.OptionalInt.empty() : CliJvm.run(child);
            System.exit(code.isPresent() ? code.getAsInt() : ArchetypeCli.run(args));
        }
        if (noDisplay()) {
            // JavaFX would die with a stack trace; say it in one line instead (e.g. over ssh, or on a server).
            System.err.println("archetype: no display to open the window on; use a command, see 'archetype --help'");
            System.exit(ArchetypeCli.USAGE);
        }
        if (System.getProperty("glass.platform") == null && GtkCheck.system().gtkMissing()) {
            // Without GTK the toolkit would die with a stack trace; name the package instead.
            System.err.println(GtkCheck.MESSAGE);
            System.exit(ArchetypeCli.USAGE);
        }
        try {
            dev.archetype.app.ArchetypeApp.launchWith(args);
        } catch (RuntimeException | Error e) {
            if (GtkCheck.isGtkFailure(e)) {
                System.err.println(GtkCheck.MESSAGE);
                System.exit(ArchetypeCli.USAGE);
            }
            // The toolkit failed to start for a reason not checked above: one line, the trace goes to the log.
            System.err.println("archetype: the window could not start: " + Failures.explain(e).message()
                    + "; use a command instead, see 'archetype --help'");
            System.exit(1);
        }
    }

    /** On Linux and other X11/Wayland systems the window needs DISPLAY or WAYLAND_DISPLAY. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || System.getProperty("glass.platform") != null) return false;
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
