package io.reload.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bean Validation, configured by META-INF/validation.xml, takes its messages from messages.properties. */
class MessagesBundleInterpolatorTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ENGLISH);
    private static ValidatorFactory factory;

    /** A form with a key of the bundle, a provider's own message, and a key nobody has. */
    static class Form {
        @NotBlank(message = "{account.name.required}")
        String name = "";

        @NotNull
        String phone;

        @Size(min = 3, message = "{no.such.key} {min}")
        String note = "a";
    }

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Test
    void aKeyOfTheBundleBecomesItsTextAndTheRestIsLeftToTheProvider() {
        Set<String> messages = factory.getValidator().validate(new Form()).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.contains(MESSAGES.getString("account.name.required")), messages.toString());
        assertTrue(
                messages.contains("{no.such.key} 3"),
                "a key nobody has stays, the attribute is filled in: " + messages);
        assertTrue(
                messages.stream().noneMatch(message -> message.startsWith("{jakarta")),
                "the provider's own message: " + messages);
    }

    @Test
    void everyConstraintMessageKeyOfTheCodeIsInTheBundle() {
        Set<String> missing = new TreeSet<>();
        Validator validator = factory.getValidator();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.reload")) {
            if (type.isAnonymousClass() || type.isLocalClass()) {
                continue;
            }
            validator
                    .getConstraintsForClass(type.reflect())
                    .getConstrainedProperties()
                    .forEach(property -> property.getConstraintDescriptors().stream()
                            .map(ConstraintDescriptor::getMessageTemplate)
                            .filter(template -> template.startsWith("{") && !template.startsWith("{jakarta."))
                            .map(template -> template.substring(1, template.length() - 1))
                            .filter(key -> !MESSAGES.containsKey(key))
                            .forEach(key -> missing.add(type.getSimpleName() + ": " + key)));
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void onlyKeysAreReplaced() {
        assertEquals(
                MESSAGES.getString("settings.slotMinutes.range"),
                MessagesBundleInterpolator.fromBundle("{settings.slotMinutes.range}", Locale.ENGLISH));
        assertEquals("no key here", MessagesBundleInterpolator.fromBundle("no key here", Locale.ENGLISH));
    }
}
