package dev.archetype.ui.assign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.TestData;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.common.SameThreadRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assign New Customers… labels a new file with the archetypes on screen, as 'archetype score' does. */
class AssignViewModelTest {
    @TempDir Path dir;

    @Test
    void assigningANewFileGivesTheSameLabelsAsScoreOnTheCommandLine() throws Exception {
        Path wholesale = TestData.SHARED.resolve("wholesale_customers.csv");
        assertTrue(Files.isRegularFile(wholesale), wholesale + " is missing: ../shared/data must sit beside the checkout");
        List<String> lines = Files.readAllLines(wholesale);
        Path fit = Files.write(dir.resolve("fit.csv"), lines.subList(0, 331));
        List<String> fresh = new ArrayList<>();
        fresh.add(lines.get(0));
        fresh.addAll(lines.subList(331, lines.size()));
        Path later = Files.write(dir.resolve("later.csv"), fresh);

        AnalysisSpec spec = AnalysisSpec.of(fit).withK(4);
        AnalysisResult result = Analysis.run(spec, 2, ProgressListener.NONE, Cancellation.NEVER);
        RecordingDialogService dialogs = new RecordingDialogService();
        AssignViewModel vm = new AssignViewModel(new SimpleObjectProperty<>(result), new SameThreadRunner(), dialogs);
        dialogs.filesToChoose.add(later);
        vm.chooseAndAssign();
        assertThat(dialogs.errors).isEmpty();
        var scored = vm.scoredProperty().get();
        assertThat(scored).isNotNull();
        List<AssignViewModel.ScoredRow> rows = AssignViewModel.rows(scored, false);
        assertThat(rows).hasSize(lines.size() - 331);
        assertThat(AssignViewModel.counts(scored).stream().mapToInt(AssignViewModel.Count::rows).sum()).isEqualTo(rows.size());
        assertThat(AssignViewModel.rows(scored, true)).allMatch(AssignViewModel.ScoredRow::unusual)
                .hasSize(scored.scored().unusualCount());
        assertThat(AssignViewModel.summary(scored)).startsWith("Assigned " + rows.size() + " rows of later.csv to 4 archetypes");

        Path project = dir.resolve("fit.archetype");
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), "cluster", fit.toString(), "--k", "4",
                "--save-project", project.toString())).as(err.toString()).isZero();
        out = new StringWriter();
        assertThat(ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), "score", project.toString(), later.toString(), "--json"))
                .as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).archetype()).isEqualTo(json.get("rows").get(i).get("archetype").asText());
        }
    }

    @Test
    void aFileWithoutTheFittedColumnsIsOneClearMessage() throws Exception {
        Path fit = Files.writeString(dir.resolve("fit.csv"), "a,b\n1,2\n2,3\n10,11\n11,12\n");
        AnalysisResult result = Analysis.run(AnalysisSpec.of(fit).withK(2), 1, ProgressListener.NONE, Cancellation.NEVER);
        RecordingDialogService dialogs = new RecordingDialogService();
        AssignViewModel vm = new AssignViewModel(new SimpleObjectProperty<>(result), new SameThreadRunner(), dialogs);
        vm.assign(Files.writeString(dir.resolve("other.csv"), "a,c\n1,2\n"));
        assertThat(vm.scoredProperty().get()).isNull();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("lacks the column 'b'").doesNotContain("Exception");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
