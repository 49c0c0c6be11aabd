package dev.archetype.ui.data;

import dev.archetype.ui.common.SameThreadRunner;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DataTableViewFxTest {
    private DataTableViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new DataTableViewModel(new SameThreadRunner());
        vm.datasetProperty().set(TestData.customers());
        stage.setScene(new Scene(new DataTableView(vm), 800, 400));
        stage.show();
    }

    @Test
    void missingCellsShowADimmedDashApartFromValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // Row 2 (c2) has no Spend, row 4 (c4) no Region.
        TableCell<?, ?> spend = cell(robot, 1, "Spend");
        assertThat(spend.getText()).isEqualTo(DataCell.MISSING_TEXT);
        assertThat(spend.getStyleClass()).contains(DataCell.MISSING_CLASS);
        TableCell<?, ?> region = cell(robot, 3, "Region");
        assertThat(region.getText()).isEqualTo(DataCell.MISSING_TEXT);
        assertThat(region.getStyleClass()).contains(DataCell.MISSING_CLASS);
        TableCell<?, ?> present = cell(robot, 0, "Spend");
        assertThat(present.getText()).isEqualTo("120.5");
        assertThat(present.getStyleClass()).doesNotContain(DataCell.MISSING_CLASS);
    }

    @Test
    void theMissingMarkDoesNotStickToACellReusedForAValue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.sort(List.of(new SortKey(2, false)))); // Spend descending: the missing one last
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> texts = new java.util.HashSet<>();
        for (int row = 0; row < 4; row++) {
            TableCell<?, ?> c = cell(robot, row, "Spend");
            assertThat(c.getStyleClass()).doesNotContain(DataCell.MISSING_CLASS);
            texts.add(c.getText());
        }
        assertThat(texts).containsExactlyInAnyOrder("1,500", "120.5", "99.25", "12");
        assertThat(cell(robot, 4, "Spend").getStyleClass()).contains(DataCell.MISSING_CLASS);
    }

    private static TableCell<?, ?> cell(FxRobot robot, int row, String column) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && column.equals(c.getTableColumn().getText()) && ((IndexedCell<?>) c).getIndex() == row
                && c.getTableRow() != null && c.getTableRow().getIndex() == row).queryAs(TableCell.class);
    }
}
