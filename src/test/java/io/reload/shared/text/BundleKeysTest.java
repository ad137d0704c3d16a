package io.reload.shared.text;

import static io.reload.shared.text.BundleFiles.BUNDLES;
import static io.reload.shared.text.BundleFiles.file;
import static io.reload.shared.text.BundleFiles.load;
import static io.reload.shared.text.BundleFiles.otherLanguages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.PasswordReset;
import io.reload.account.domain.Role;
import io.reload.booking.domain.ScreenStatus;
import io.reload.booking.domain.Urgency;
import io.reload.booking.service.ScreenChanged;
import io.reload.protocol.domain.EscalationFlag;
import io.reload.protocol.domain.PlanEventKind;
import io.reload.protocol.domain.PrescriptionKind;
import io.reload.protocol.domain.ScreenOutcome;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.trends.domain.AlertKind;
import io.reload.trends.domain.TrendFlag;
import io.reload.triage.domain.Symptom;
import io.reload.triage.domain.TriageClass;
import io.reload.triage.web.QuestionGroup;
import jakarta.faces.component.UIInput;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.DoubleConverter;
import jakarta.faces.convert.IntegerConverter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundle speaks every language of {@link Languages#SUPPORTED} with the same keys, keeps
 * the English value's parameters, and holds no key that nothing uses. English is the base
 * bundle (messages.properties); another language is its own file (messages_es.properties).
 */
class BundleKeysTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /** A parameter of a MessageFormat pattern: "{0}", "{1,number", "{0,choice" (also inside a choice). */
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");

    /**
     * The keys the code builds from a prefix. Each one must exist, and counts as used. A new
     * enum constant or list entry behind one of these needs its key in every bundle.
     */
    private static final List<KeyFamily> FAMILIES = List.of(
            KeyFamily.ofEnum("protocol/service/EventText", "plan.event.", PlanEventKind.class),
            KeyFamily.of("protocol/service/EventText (no check passed yet)", "plan.event.GATE_NOT_YET.", "none"),
            KeyFamily.of(
                    "protocol/service/EventText (why the plan stayed)", "plan.event.STAYED.", "noRise", "belowRule"),
            KeyFamily.ofEnum("progress/service/ProgressViews", "escalation.", EscalationFlag.class),
            KeyFamily.ofEnum(
                    "DoseText, ProgressViews, SessionTexts, assign.xhtml, session-form.xhtml",
                    "unit.",
                    WeightUnit.class),
            KeyFamily.of("protocol/service/DoseText.perKgKey", "dose.water.", "perKg", "daily"),
            KeyFamily.of("protocol/service/DoseText.perKgKey", "dose.protein.", "perKg", "daily"),
            KeyFamily.of("protocol/service/DoseText.perKgKey", "dose.other.", "perKg", "daily"),
            KeyFamily.ofEnum(
                    "progress/service/SessionTexts, selfcheck.xhtml and the self-check includes",
                    "selfcheck.answer.",
                    Symptom.class),
            KeyFamily.ofEnum(
                    "booking/web/TherapistScheduleBacking, screen-selfcheck.xhtml",
                    "selfcheck.outcome.",
                    TriageClass.class),
            KeyFamily.ofEnum("selfcheck.xhtml", "selfcheck.group.", QuestionGroup.class),
            KeyFamily.ofEnum("trends/service/DashboardCsv, staff/dashboard.xhtml", "trends.flag.", TrendFlag.class),
            KeyFamily.ofLowercaseEnum("booking/service/ScreenMails", "mail.", ScreenChanged.Kind.class, ".subject"),
            KeyFamily.ofLowercaseEnum("booking/service/ScreenMails", "mail.", ScreenChanged.Kind.class, ".body"),
            KeyFamily.ofLowercaseEnum(
                    "account/service/PasswordResetService", "reset.link.", PasswordReset.Refusal.class, ""),
            KeyFamily.ofEnum("staff/team.xhtml", "role.", Role.class),
            KeyFamily.ofEnum("staff/security.xhtml", "security.kind.", SecurityEventKind.class),
            KeyFamily.ofEnum("WEB-INF/includes/overview-alert.xhtml", "staff.alert.", AlertKind.class),
            KeyFamily.ofEnum("the screen tables and schedules (xhtml)", "status.", ScreenStatus.class),
            KeyFamily.ofEnum("the screen tables and schedules (xhtml)", "urgency.", Urgency.class),
            KeyFamily.ofEnum(
                    "therapist/phase.xhtml, therapist/prescription.xhtml", "template.kind.", PrescriptionKind.class),
            KeyFamily.ofEnum(
                    "therapist/findings.xhtml, WEB-INF/includes/earlier-values.xhtml",
                    "findings.outcome.",
                    ScreenOutcome.class),
            KeyFamily.of(
                    "staff/settings.xhtml (its field lists)",
                    "settings.",
                    "clinicName",
                    "timeZone",
                    "slotMinutes",
                    "bufferMinutes",
                    "minNoticeMinutes",
                    "horizonDays",
                    "cancelCutoffHours"),
            KeyFamily.of(
                    "therapist/template.xhtml (its field lists)",
                    "template.field.",
                    "regressionPainRise",
                    "loadStepPercent",
                    "loadableStepKg",
                    "loadableStepLb",
                    "persistentPainDays",
                    "worseningAfterHours"),
            KeyFamily.of(
                    "therapist/prescription.xhtml (its field groups)",
                    "template.field.",
                    "setsCount",
                    "reps",
                    "minMinutes",
                    "maxMinutes",
                    "timesPerDay",
                    "timesPerWeek",
                    "everyMinHours",
                    "everyMaxHours",
                    "forMinDays",
                    "forMaxDays",
                    "firstDay",
                    "lastDay",
                    "firstWeek",
                    "lastWeek",
                    "minPercent1rm",
                    "maxPercent1rm",
                    "minPerKg",
                    "maxPerKg"),
            KeyFamily.of(
                    "therapist/prescription.xhtml (its field groups)",
                    "template.dose.",
                    "repetitions",
                    "minutes",
                    "frequency",
                    "when"),
            new KeyFamily(
                    "WEB-INF/faces-config.xml <message-bundle>: Faces asks for its own messages by id",
                    List.of(
                            UIInput.REQUIRED_MESSAGE_ID,
                            IntegerConverter.INTEGER_ID,
                            BigDecimalConverter.DECIMAL_ID,
                            DoubleConverter.DOUBLE_ID)));

    private static String sources;

    @BeforeAll
    static void readSources() {
        sources = BundleFiles.sourcesUnderMain();
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() {
        for (String bundle : BUNDLES) {
            Set<String> english = load(bundle, Languages.DEFAULT).stringPropertyNames();
            for (Locale language : otherLanguages()) {
                Set<String> translated = load(bundle, language).stringPropertyNames();
                assertEquals(Set.of(), difference(english, translated), bundle + " keys missing in " + language);
                assertEquals(
                        Set.of(),
                        difference(translated, english),
                        bundle + " keys in " + language + " that English does not have");
            }
        }
    }

    @Test
    void everyTranslationKeepsTheParametersOfEnglish() {
        List<String> wrong = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties english = load(bundle, Languages.DEFAULT);
            for (Locale language : otherLanguages()) {
                Properties translated = load(bundle, language);
                for (String key : english.stringPropertyNames()) {
                    String text = translated.getProperty(key);
                    if (text != null && !parameters(text).equals(parameters(english.getProperty(key)))) {
                        wrong.add(language + " " + key + ": " + parameters(text) + " instead of "
                                + parameters(english.getProperty(key)));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * With parameters a text goes through MessageFormat, where a lone ' would hide the rest of it,
     * so it is written twice; except in the texts a page fills in itself with
     * {@code msg['key'].replace('{0}', ...)}, where it would show twice.
     */
    @Test
    void anApostropheIsWrittenAsEachTextIsFilledIn() {
        Set<String> filledByPages = new TreeSet<>();
        Matcher replaced = Pattern.compile("msg\\['([^']+)'\\]\\.replace\\(").matcher(sources);
        while (replaced.find()) {
            filledByPages.add(replaced.group(1));
        }
        assertTrue(filledByPages.contains("staffSchedule.bookFree"), "found: " + filledByPages);
        List<String> wrong = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (Locale language : Languages.SUPPORTED) {
                Properties texts = load(bundle, language);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    boolean wrongForMessageFormat = !filledByPages.contains(key)
                            && !parameters(text).isEmpty()
                            && text.replace("''", "").contains("'");
                    boolean wrongForReplace = filledByPages.contains(key) && text.contains("''");
                    if (wrongForMessageFormat || wrongForReplace) {
                        wrong.add(language + " " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** UTF-8 read as anything else, or a text pasted in another encoding, shows as U+FFFD. */
    @Test
    void everyBundleIsReadableUtf8() {
        for (String bundle : BUNDLES) {
            for (Locale language : Languages.SUPPORTED) {
                Properties texts = load(bundle, language);
                Set<String> broken = texts.stringPropertyNames().stream()
                        .filter(key -> texts.getProperty(key).contains("\uFFFD"))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(Set.of(), broken, bundle + " " + language);
            }
        }
    }

    @Test
    void everyKeyBuiltFromAPrefixExists() {
        Set<String> english = load(Texts.BUNDLE, Languages.DEFAULT).stringPropertyNames();
        for (KeyFamily family : FAMILIES) {
            assertEquals(
                    List.of(),
                    family.keys().stream().filter(key -> !english.contains(key)).toList(),
                    "keys built in " + family.builtIn() + " but missing in " + Texts.BUNDLE);
        }
    }

    @Test
    void noMessageKeyIsUnused() {
        Set<String> built =
                FAMILIES.stream().flatMap(family -> family.keys().stream()).collect(Collectors.toSet());
        Set<String> unused = new TreeSet<>(load(Texts.BUNDLE, Languages.DEFAULT).stringPropertyNames());
        unused.removeIf(key -> built.contains(key) || namedInSources(key));
        assertEquals(
                Set.of(),
                unused,
                "keys of " + Texts.BUNDLE + ".properties that nothing under src/main uses"
                        + " (remove them from every language, or add the family that builds them to FAMILIES)");
    }

    /**
     * Bean Validation reads a constraint's message from the messages bundle
     * (MessagesBundleInterpolator): a key missing there shows as "{the.key}" next to the field.
     */
    @Test
    void everyKeyAConstraintNamesIsAMessage() {
        Set<String> validation = load(Texts.BUNDLE, Languages.DEFAULT).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Matcher named = Pattern.compile("message\\s*=\\s*\"\\{([\\w.]+)}\"").matcher(sources);
        while (named.find()) {
            missing.add(named.group(1));
        }
        assertTrue(missing.contains("account.name.required"), "found: " + missing);
        missing.removeAll(validation);
        assertEquals(Set.of(), missing, "constraint messages missing in messages.properties");
    }

    @Test
    void aSpanishReaderGetsTheSpanishBundle() {
        assertEquals(
                "Iniciar sesión",
                ResourceBundle.getBundle(Texts.BUNDLE, SPANISH).getString("nav.signIn"));
        assertEquals(
                "Elige una contraseña.",
                ResourceBundle.getBundle(Texts.BUNDLE, SPANISH).getString("account.password.required"));
        assertEquals("Sam ya puede iniciar sesión.", Texts.format(SPANISH, "team.added", "Sam"));
        assertEquals(
                "El lunes el final debe ser posterior al inicio.",
                Texts.format(SPANISH, "availability.hours.order", DayOfWeek.MONDAY));
    }

    /** Without messages_en, Java would answer an English reader from the JVM's default language. */
    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLanguageIsSpanish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);
            ResourceBundle.clearCache();
            assertEquals(
                    "Sign in",
                    ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH).getString("nav.signIn"));
            assertEquals(
                    "Please choose a password.",
                    ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH).getString("account.password.required"));
            assertEquals("Sign in", Texts.format(Locale.forLanguageTag("en-GB"), "nav.signIn"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
        for (String bundle : BUNDLES) {
            assertEquals(
                    Set.of(),
                    file(bundle + "_en").stringPropertyNames(),
                    bundle + "_en.properties stays empty: English is the base bundle");
        }
    }

    @Test
    void spanishDatesReadAsSpanish() {
        ZonedDateTime christmasEve = ZonedDateTime.of(2026, 12, 24, 9, 5, 0, 0, ZoneId.of("Europe/Madrid"));
        assertEquals(
                "jueves 24 de diciembre de 2026, 09:05", Texts.formatDate(SPANISH, "format.dayTime", christmasEve));
        assertEquals(
                "jueves 24 de diciembre de 2026", Texts.formatDate(SPANISH, "format.day", LocalDate.of(2026, 12, 24)));
        assertEquals("09:05", Texts.formatDate(SPANISH, "format.time", christmasEve));
        assertTrue(
                Texts.formatDate(SPANISH, "format.dayShort", christmasEve).matches("jue\\.? 24 dic\\.?"),
                Texts.formatDate(SPANISH, "format.dayShort", christmasEve));
    }

    @Test
    void everyDatePatternIsAPatternInEveryLanguage() {
        ZonedDateTime sample = ZonedDateTime.of(2026, 12, 24, 9, 5, 0, 0, ZoneId.of("UTC"));
        for (Locale language : Languages.SUPPORTED) {
            Properties texts = load(Texts.BUNDLE, language);
            texts.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("format."))
                    .forEach(key -> assertNotNull(
                            DateTimeFormatter.ofPattern(texts.getProperty(key), language)
                                    .format(sample),
                            language + " " + key));
        }
    }

    /** Named whole: "key" or 'key' in Java and pages, {key} in a constraint's message. */
    private static boolean namedInSources(String key) {
        return Pattern.compile("[\"'{]" + Pattern.quote(key) + "[\"'}]")
                .matcher(sources)
                .find();
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "," + matcher.group(2));
        }
        return found;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }
}
