package dev.archetype.core.project;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum constants kept by name in a project, read back with a message naming what is known. */
final class EnumNames {
    private EnumNames() { }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("the project uses " + what + " \"" + name
                + "\", which this version of Archetype does not know (known: " + known + ")");
    }
}
