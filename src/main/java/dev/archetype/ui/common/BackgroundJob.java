package dev.archetype.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A submitted piece of {@link Work} as the UI sees it: observable on the FX thread, cancellable. */
public interface BackgroundJob {

    /** What the job does, in a few words ("Importing customers.csv"). */
    String title();

    /** 0..1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** True until the job succeeded, failed or was cancelled. */
    ReadOnlyBooleanProperty runningProperty();

    /** Asks the work to stop; the job's cancel callback runs instead of success or failure. */
    void cancel();
}
