package io.reload.account.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registration rules: the same constraints run on the page and in the service. */
class NewAccountTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static NewAccount valid() {
        return new NewAccount("Jo Lifter", "jo@example.com", "+44 20 7946 0000", "twelve chars");
    }

    private static Set<String> messageKeys(NewAccount account) {
        return validator.validate(account).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsACompleteAccount() {
        assertTrue(messageKeys(valid()).isEmpty());
    }

    @Test
    void phoneIsOptional() {
        NewAccount account = valid();
        account.setPhone(null);
        assertTrue(messageKeys(account).isEmpty());
    }

    @Test
    void passwordOfElevenCharactersIsTooShortAndTwelveIsEnough() {
        NewAccount account = valid();
        account.setPassword("eleven char");
        assertEquals(Set.of("{account.password.length}"), messageKeys(account));
        account.setPassword("twelve chars");
        assertTrue(messageKeys(account).isEmpty());
    }

    @Test
    void aCommonPasswordIsRefusedWithItsOwnMessage() {
        NewAccount account = valid();
        account.setPassword("Qwerty123456");
        assertEquals(Set.of("{account.password.common}"), messageKeys(account));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo", "jo@", "@example.com", "jo@example", "jo smith@example.com", "jo@@example.com"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        NewAccount account = valid();
        account.setEmail(email);
        assertEquals(Set.of("{account.email.invalid}"), messageKeys(account));
    }

    @Test
    void spacesAroundAnEmailAreDropped() {
        NewAccount account = valid();
        account.setEmail("  jo@example.com ");
        assertEquals("jo@example.com", account.getEmail());
        assertTrue(messageKeys(account).isEmpty());
    }

    @Test
    void asksForNameEmailAndPassword() {
        assertEquals(
                Set.of("{account.name.required}", "{account.email.required}", "{account.password.required}"),
                messageKeys(new NewAccount(null, null, null, null)));
    }

    @Test
    void refusesLettersInAPhoneNumber() {
        NewAccount account = valid();
        account.setPhone("call me");
        assertEquals(Set.of("{account.phone.invalid}"), messageKeys(account));
    }
}
