package io.reload.account.domain;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 30,000 passwords people choose most often (the list zxcvbn ships, from leaked password
 * sets), read once from the library's jar: nothing is fetched at run time. Compared without
 * regard to case, so "Qwerty123456" counts as "qwerty123456".
 */
public final class CommonPasswords {

    private CommonPasswords() {}

    public static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    /** Loaded on first use, once per class loader. */
    private static final class Holder {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try {
                return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                        .map(password -> password.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("The list of common passwords could not be read", e);
            }
        }
    }
}
