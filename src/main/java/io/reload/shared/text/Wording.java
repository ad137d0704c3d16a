package io.reload.shared.text;

import java.io.Serializable;
import java.util.List;

/**
 * Something to say, as a service says it: a message key and its arguments, for the page (or the
 * mail) to put in the reader's language. An argument may be a wording itself, e.g. the name of a
 * field in "{0}: {1} → {2}".
 */
public record Wording(String key, List<Serializable> arguments) implements Serializable {

    public Wording {
        arguments = List.copyOf(arguments);
    }

    public static Wording of(String key, Serializable... arguments) {
        return new Wording(key, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
