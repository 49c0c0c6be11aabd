package dev.archetype.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The text of an alert: wrapped at a readable width that never exceeds the screen, and scrolling when it is
 * taller than most of the screen (a long list of import warnings, a long path). A dialog sizes itself to
 * its content's preferred size, and a plain label's preferred width is its whole text on one line, so without
 * this one long warning made the dialog wider than the screen.
 */
final class MessageBody {
    /** A comfortable reading width; narrower screens get less. */
    static final double READING_WIDTH = 560;
    /** Room left for the dialog's icon, padding and window frame beside the text. */
    private static final double SIDE_ROOM = 160;
    /** The share of the screen's height the text may take before it scrolls. */
    private static final double HEIGHT_SHARE = 0.6;

    private MessageBody() { }

    /** Puts {@code message} into {@code pane} as a wrapped label (style class dialog-message) in a scroll pane. */
    static void install(DialogPane pane, String message, Window owner) {
        Rectangle2D screen = screenOf(owner);
        double width = Math.max(200, Math.min(READING_WIDTH, screen.getWidth() - SIDE_ROOM));
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(width);
        text.setMaxWidth(width);
        text.getStyleClass().add("dialog-message");
        ScrollPane scroll = new ScrollPane(text);
        scroll.getStyleClass().add("dialog-message-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        // Unframed, so a short message looks like a plain label. -fx-background stays the dialog's: the text
        // colour is derived from it, and a transparent one turned the text nearly white.
        scroll.setStyle("-fx-background-color: transparent; -fx-padding: 10 12 6 12;");
        pane.setContent(scroll);
        pane.setMaxWidth(screen.getWidth());
        pane.setMaxHeight(screen.getHeight());
        pane.applyCss(); // the stylesheet's font decides how tall the wrapped text is
        double textHeight = text.prefHeight(width);
        double maxHeight = Math.floor(screen.getHeight() * HEIGHT_SHARE);
        scroll.setPrefViewportWidth(width + (textHeight > maxHeight ? 16 : 0));
        scroll.setPrefViewportHeight(Math.min(textHeight + 2, maxHeight));
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) return screens.get(0).getVisualBounds();
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
