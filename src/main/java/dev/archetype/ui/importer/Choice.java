package dev.archetype.ui.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A labelled option for a combo box whose null value means "detect".
 *
 * @param label what the user sees
 * @param value the setting; null = detect
 */
public record Choice<T>(String label, T value) {

    public static final List<Choice<Character>> DELIMITERS = List.of(
            new Choice<>("Detect", null), new Choice<>("Comma ( , )", ','), new Choice<>("Semicolon ( ; )", ';'),
            new Choice<>("Tab", '\t'), new Choice<>("Pipe ( | )", '|'));

    public static final List<Choice<Charset>> ENCODINGS = List.of(
            new Choice<>("Detect", null), new Choice<>("UTF-8", StandardCharsets.UTF_8),
            new Choice<>("UTF-16", StandardCharsets.UTF_16), new Choice<>("Windows-1252", Charset.forName("windows-1252")),
            new Choice<>("ISO-8859-1 (Latin-1)", StandardCharsets.ISO_8859_1));

    /** The choice holding {@code value}, adding a labelled one when the list lacks it. */
    public static <T> Choice<T> find(List<Choice<T>> choices, T value) {
        for (Choice<T> c : choices) if (Objects.equals(c.value(), value)) return c;
        return new Choice<>(String.valueOf(value), value);
    }

    /** The list plus {@code value} if it is not in it (e.g. a detected encoding not offered). */
    public static <T> List<Choice<T>> with(List<Choice<T>> choices, T value) {
        List<Choice<T>> list = new ArrayList<>(choices);
        if (value != null && choices.stream().noneMatch(c -> value.equals(c.value()))) list.add(new Choice<>(String.valueOf(value), value));
        return list;
    }

    @Override
    public String toString() {
        return label;
    }
}
