package io.reload.account;

import static io.reload.testsupport.TestEmails.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.account.service.NewAccount;
import io.reload.account.service.PasswordResetService;
import io.reload.account.service.ProfileService;
import io.reload.account.service.RegistrationService;
import io.reload.booking.service.BookingService;
import io.reload.booking.service.SlotChoice;
import io.reload.booking.service.SlotOffer;
import io.reload.booking.service.SlotOffersService;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.text.Texts;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.MailCatcher;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's language choice is kept with their account, and the mails to them are written in it.
 * Until the Spanish bundle exists, Spanish mails carry the English words: they are told apart by
 * their Content-Language header and by the date in the subject (Spanish month and day names).
 */
@ServiceTest
class AccountLanguageIT {

    private static final ZoneId CLINIC = ZoneId.of("Europe/London");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final String PASSWORD = "a long enough password 2026";

    @Inject
    ProfileService profiles;

    @Inject
    RegistrationService registration;

    @Inject
    PasswordResetService resets;

    @Inject
    BookingService booking;

    @Inject
    SlotOffersService offers;

    @Inject
    AccountRepository accounts;

    @Inject
    TestData data;

    @Inject
    AsClient asClient;

    @Inject
    AsStaff asStaff;

    private MailCatcher mail;
    private long client;

    @BeforeEach
    void start() {
        mail = MailCatcher.start();
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
        client = data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private void clientChooses(String tag) throws Exception {
        asClient.call(() -> {
            profiles.chooseLanguage(tag);
            return null;
        });
    }

    @Test
    void theChoiceIsKeptWithTheAccountAndOnlyThePortalsLanguagesAreAccepted() throws Exception {
        clientChooses("es");
        assertEquals("es", accounts.find(client).orElseThrow().getLanguage());
        assertEquals("es", asClient.call(() -> profiles.myLanguage().orElseThrow()));

        var refusal = assertThrows(BusinessException.class, () -> clientChooses("fr"));
        assertEquals("profile.language.unsupported", refusal.getMessageKey());
        assertEquals("es", accounts.find(client).orElseThrow().getLanguage(), "a refused choice changes nothing");

        clientChooses("en");
        assertEquals("en", accounts.find(client).orElseThrow().getLanguage());
    }

    @Test
    void registeringKeepsTheLanguageOfThePageAndNothingElse() {
        NewAccount spanish = new NewAccount("Lucía Registrada", unique("lucia"), null, PASSWORD);
        spanish.setLanguage("es");
        NewAccount unknown = new NewAccount("Pat Registered", unique("pat"), null, PASSWORD);
        unknown.setLanguage("fr");

        assertEquals(
                "es",
                accounts.find(registration.registerClient(spanish))
                        .orElseThrow()
                        .getLanguage());
        assertNull(accounts.find(registration.registerClient(unknown))
                .orElseThrow()
                .getLanguage());
    }

    /** A client of its own (one upcoming screen per client) who chose Spanish. */
    private long spanishClient(String who) {
        long id = data.newAccount(who, Role.CLIENT);
        data.execute("UPDATE accounts SET language = 'es' WHERE id = " + id);
        return id;
    }

    private String emailOf(long accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }

    @Test
    void theResetMailIsInTheAccountsLanguage() throws Exception {
        String email = emailOf(spanishClient("Olvidadiza"));

        resets.sendResetLink(email);

        MimeMessage reset = mail.awaitMail(email, Texts.format(SPANISH, "mail.reset.subject"), PATIENCE);
        assertArrayEquals(new String[] {"es"}, reset.getHeader("Content-Language"));
    }

    @Test
    void aBookingMailIsInTheClientsLanguageNotTheBookersOne() throws Exception {
        long spanish = spanishClient("Reservada");
        String email = emailOf(spanish);
        long therapist = data.newTherapistWorkingDaily(LocalTime.of(8, 0), LocalTime.of(18, 0));
        SlotOffer free =
                asStaff.call(() -> offers.week(therapist, LocalDate.now(CLINIC).plusDays(2), null)).getDays().stream()
                        .flatMap(day -> day.getOffers().stream())
                        .findFirst()
                        .orElseThrow();

        asStaff.call(
                () -> booking.bookOnBehalf(spanish, SlotChoice.withTherapist(therapist, free.getStartInstant()), null));

        String spanishTime = Texts.formatDate(SPANISH, "format.dayTime", free.getStart());
        assertNotEquals(
                Texts.formatDate(Locale.ENGLISH, "format.dayTime", free.getStart()),
                spanishTime,
                "weekdays and months have Spanish names");
        MimeMessage confirmation = mail.awaitMail(email, spanishTime, PATIENCE);
        assertArrayEquals(new String[] {"es"}, confirmation.getHeader("Content-Language"));
        assertTrue(MailCatcher.partText(confirmation, "text/calendar").contains("METHOD:REQUEST"));
    }
}
