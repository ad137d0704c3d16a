package io.reload.shared.text;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Message keys the code builds instead of naming them: a prefix and a value the code adds at
 * run time ("plan.event." + kind.name()). Such keys never appear whole in the sources, so the
 * bundle test learns them from here; {@code builtIn} says where, for whoever meets a failure.
 */
record KeyFamily(String builtIn, List<String> keys) {

    /** prefix + each constant's name, e.g. "status." + ScreenStatus. */
    static KeyFamily ofEnum(String builtIn, String prefix, Class<? extends Enum<?>> type) {
        return new KeyFamily(builtIn, names(type).map(name -> prefix + name).toList());
    }

    /** prefix + each constant's name in lowercase + suffix, e.g. "mail." + kind + ".subject". */
    static KeyFamily ofLowercaseEnum(String builtIn, String prefix, Class<? extends Enum<?>> type, String suffix) {
        return new KeyFamily(
                builtIn,
                names(type)
                        .map(name -> prefix + name.toLowerCase(Locale.ROOT) + suffix)
                        .toList());
    }

    /** prefix + each of the given endings, for keys built from a list in a page or a switch. */
    static KeyFamily of(String builtIn, String prefix, String... endings) {
        return new KeyFamily(
                builtIn, Stream.of(endings).map(ending -> prefix + ending).toList());
    }

    private static Stream<String> names(Class<? extends Enum<?>> type) {
        return Stream.of(type.getEnumConstants()).map(Enum::name);
    }
}
