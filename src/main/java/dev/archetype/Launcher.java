package dev.archetype;

import dev.archetype.cli.ArchetypeCli;

/**
 * Plain entry point (does not extend Application, so the jar runs with JavaFX on the class path).
 * A known subcommand runs the command line; anything else opens the window (optionally on a file).
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length > 0 && ArchetypeCli.isCommand(args[0])) {
            System.exit(ArchetypeCli.run(args));
        }
        dev.archetype.app.ArchetypeApp.launchWith(args);
    }
}
