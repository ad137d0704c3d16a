package io.reload.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRuleTest {

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertEquals(Optional.of(PasswordRule.TOO_SHORT_OR_LONG), PasswordRule.problemWith("elevenchars"));
        assertEquals(Optional.empty(), PasswordRule.problemWith("twelve chars"));
    }

    @Test
    void moreThan128CharactersAreTooMany() {
        assertEquals(Optional.empty(), PasswordRule.problemWith("x".repeat(128)));
        assertEquals(Optional.of(PasswordRule.TOO_SHORT_OR_LONG), PasswordRule.problemWith("x".repeat(129)));
    }

    /** Letters outside the BMP (an emoji is two chars) count once, as a person sees them. */
    @Test
    void charactersAreCountedAsPeopleSeeThem() {
        assertEquals(Optional.of(PasswordRule.TOO_SHORT_OR_LONG), PasswordRule.problemWith("\uD83C\uDFCB".repeat(11)));
        assertEquals(Optional.empty(), PasswordRule.problemWith("\uD83C\uDFCB".repeat(12)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"qwerty123456", "QWERTY123456", "Qwerty123456", "1q2w3e4r5t6y", "123qweasdzxc", "leavemealone"})
    void aCommonPasswordIsRefusedWhateverItsCase(String common) {
        assertEquals(Optional.of(PasswordRule.TOO_COMMON), PasswordRule.problemWith(common));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reload-demo-2026", "lift-safely-2026", "a long enough password", "crawler-password-2026"})
    void thePasswordsTheDemoAndTheTestsUseAreAcceptable(String password) {
        assertEquals(Optional.empty(), PasswordRule.problemWith(password));
    }

    @Test
    void theListHoldsTheThirtyThousandMostCommonPasswordsAndCatchesShortOnesToo() {
        assertEquals(30_000, CommonPasswords.size(), "distinct entries of the shipped list, lower case");
        assertTrue(CommonPasswords.contains("123456"));
        assertTrue(CommonPasswords.contains("PassWord"));
    }
}
