package io.reload.protocol.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.PrescriptionKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template forms' constraint messages are shown by two routes: Faces validates a field and
 * the service refuses a form. Both read messages.properties (Bean Validation through
 * META-INF/validation.xml), so the field check shows the bundle's text; and every prescription
 * kind needs its label.
 */
class TemplateMessagesTest {

    private static ValidatorFactory factory;
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ENGLISH);

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void everyConstraintMessageOfTheTemplateFormsIsInTheBundleAndShownWithItsText() {
        Set<String> keys = constraintKeys(
                factory.getValidator(), Dosage.class, PrescriptionForm.class, PhaseForm.class, TemplateForm.class);
        assertTrue(keys.contains("template.number.positive"), "found: " + keys);
        for (String key : keys) {
            assertTrue(MESSAGES.containsKey(key), key + " in messages.properties");
        }
        TemplateForm blank = new TemplateForm();
        Set<String> shown = new TreeSet<>();
        factory.getValidator().validateProperty(blank, "name").forEach(violation -> shown.add(violation.getMessage()));
        assertEquals(
                Set.of(MESSAGES.getString("template.name.required")), shown, "the field check shows the bundle's text");
    }

    @Test
    void everyPrescriptionKindHasALabel() {
        for (PrescriptionKind kind : PrescriptionKind.values()) {
            assertTrue(MESSAGES.containsKey("template.kind." + kind.name()), kind.name());
        }
    }

    private static Set<String> constraintKeys(Validator validator, Class<?>... forms) {
        Set<String> keys = new TreeSet<>();
        for (Class<?> form : forms) {
            validator
                    .getConstraintsForClass(form)
                    .getConstrainedProperties()
                    .forEach(property -> property.getConstraintDescriptors().stream()
                            .map(ConstraintDescriptor::getMessageTemplate)
                            .filter(template -> template.startsWith("{template."))
                            .forEach(template -> keys.add(template.substring(1, template.length() - 1))));
        }
        return keys;
    }
}
