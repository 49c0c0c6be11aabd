package dev.archetype.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A command modelled alone (the fast start) reads its arguments and prints its help as it does in the whole model. */
class SubcommandModelTest {
    @Test
    void eachSubcommandAloneHasTheUsageAndOptionsItHasInTheWholeModel() {
        Map<String, CommandLine> all = ArchetypeCli.commandLine().getSubcommands();
        assertThat(all.keySet()).containsExactly("inspect", "sweep", "cluster", "run", "score");
        for (var e : all.entrySet()) {
            assertThat(ArchetypeCli.isCommand(e.getKey())).isTrue();
            Map<String, CommandLine> alone = ArchetypeCli.commandLineFor(e.getKey(), "x.csv").getSubcommands();
            assertThat(alone.keySet()).as(e.getKey()).containsExactly(e.getKey());
            CommandLine one = alone.get(e.getKey());
            assertThat(one.getUsageMessage()).as(e.getKey()).isEqualTo(e.getValue().getUsageMessage());
            assertThat(one.getCommandSpec().qualifiedName()).isEqualTo("archetype " + e.getKey());
            assertThat(one.getExecutionExceptionHandler()).isInstanceOf(OneLineErrors.class);
        }
        assertThat(ArchetypeCli.commandLineFor("--help").getSubcommands()).hasSize(5);
        assertThat(ArchetypeCli.isCommand("customers.csv")).isFalse();
    }
}
