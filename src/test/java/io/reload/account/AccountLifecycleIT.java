package io.reload.account;

import static io.reload.testsupport.TestEmails.unique;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.account.service.AccountActivationService;
import io.reload.account.service.NewPassword;
import io.reload.account.service.PasswordChange;
import io.reload.account.service.PasswordChangeService;
import io.reload.account.service.PasswordResetService;
import io.reload.account.service.SecurityLogService;
import io.reload.shared.audit.SecurityEvent;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.SessionVersions;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.MailCatcher;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing a password, resetting it through the mailed link, and staff switching accounts off
 * and on: refusals, the stored session version that ends other sessions, and who may do what.
 */
@ServiceTest
class AccountLifecycleIT {

    private static final String OLD_PASSWORD = "the old long password";
    private static final String NEW_PASSWORD = "a brand new long password";
    private static final Pattern TOKEN = Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Inject
    PasswordChangeService passwordChange;

    @Inject
    PasswordResetService passwordReset;

    @Inject
    AccountActivationService activation;

    @Inject
    AccountRepository accounts;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionVersions sessionVersions;

    @Inject
    TestData data;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsStaff asStaff;

    @Inject
    SecurityLogService securityLog;

    private MailCatcher mail;

    @BeforeEach
    void start() {
        mail = MailCatcher.start();
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    // ----- change password -----

    @Test
    void aWrongCurrentPasswordIsRefusedNextToItsFieldAndChangesNothing() {
        data.accountWithPassword(RunAs.CLIENT, Role.CLIENT, OLD_PASSWORD);
        long versionBefore = account(RunAs.CLIENT).getSessionVersion();

        var refusal = assertThrows(
                InvalidInputException.class,
                () -> asClient.call(
                        () -> passwordChange.changeMyPassword(new PasswordChange("not the password", NEW_PASSWORD))));

        assertEquals("password.current.wrong", refusal.getMessageKey());
        assertEquals("currentPassword", refusal.getField().orElseThrow());
        assertTrue(signsIn(RunAs.CLIENT, OLD_PASSWORD));
        assertEquals(versionBefore, account(RunAs.CLIENT).getSessionVersion());
    }

    @Test
    void theSamePasswordAgainIsNoChangeAndAChangeEndsTheFirstSignInsDuty() {
        data.accountWithPassword(RunAs.STAFF, Role.STAFF, OLD_PASSWORD);
        data.requirePasswordChange(RunAs.STAFF);
        assertTrue(sessionVersions.mustChangePassword(RunAs.STAFF), "read at sign-in");

        var refusal = assertThrows(
                InvalidInputException.class,
                () -> asStaff.call(
                        () -> passwordChange.changeMyPassword(new PasswordChange(OLD_PASSWORD, OLD_PASSWORD))));
        assertEquals("password.new.same", refusal.getMessageKey());
        assertEquals("newPassword", refusal.getField().orElseThrow());
        assertTrue(sessionVersions.mustChangePassword(RunAs.STAFF));

        assertDoesNotThrow(() ->
                asStaff.call(() -> passwordChange.changeMyPassword(new PasswordChange(OLD_PASSWORD, NEW_PASSWORD))));
        assertTrue(!sessionVersions.mustChangePassword(RunAs.STAFF));
    }

    @Test
    void aChangeTakesTheNewPasswordAndMovesTheSessionVersionSoOtherSessionsEnd() throws Exception {
        data.accountWithPassword(RunAs.THERAPIST, Role.THERAPIST, OLD_PASSWORD);
        long versionBefore = sessionVersions.of(RunAs.THERAPIST).orElseThrow();

        long returned =
                asTherapist.call(() -> passwordChange.changeMyPassword(new PasswordChange(OLD_PASSWORD, NEW_PASSWORD)));

        assertEquals(versionBefore + 1, returned, "the caller's own session goes on with this number");
        assertEquals(
                returned, sessionVersions.of(RunAs.THERAPIST).orElseThrow(), "a session holding the old number ends");
        assertTrue(signsIn(RunAs.THERAPIST, NEW_PASSWORD));
        assertTrue(!signsIn(RunAs.THERAPIST, OLD_PASSWORD));
    }

    @Test
    void aCommonNewPasswordIsRefusedWhateverItsCase() {
        data.accountWithPassword(RunAs.CLIENT, Role.CLIENT, OLD_PASSWORD);

        var refusal = assertThrows(
                InvalidInputException.class,
                () -> asClient.call(
                        () -> passwordChange.changeMyPassword(new PasswordChange(OLD_PASSWORD, "QWERTY123456"))));

        assertEquals("account.password.common", refusal.getMessageKey());
        assertEquals("newPassword", refusal.getField().orElseThrow());
    }

    @Test
    void onlySignedInPeopleChangeAPassword() {
        assertThrows(
                EJBAccessException.class,
                () -> passwordChange.changeMyPassword(new PasswordChange(OLD_PASSWORD, NEW_PASSWORD)));
    }

    // ----- forgotten password -----

    @Test
    void aMailedLinkSetsANewPasswordOnceAndEndsTheSessions() throws Exception {
        String email = newClient(OLD_PASSWORD);
        long versionBefore = account(email).getSessionVersion();

        passwordReset.sendResetLink(" " + email.toUpperCase() + " ");
        String token = tokenMailedTo(email);
        assertDoesNotThrow(() -> passwordReset.checkLink(token));
        passwordReset.resetPassword(token, new NewPassword(NEW_PASSWORD));

        assertTrue(signsIn(email, NEW_PASSWORD));
        assertTrue(!signsIn(email, OLD_PASSWORD));
        assertEquals(versionBefore + 1, account(email).getSessionVersion());

        assertRefused("reset.link.used", () -> passwordReset.checkLink(token));
        assertRefused(
                "reset.link.used",
                () -> passwordReset.resetPassword(token, new NewPassword("yet another long password")));
        assertTrue(signsIn(email, NEW_PASSWORD), "the second use changed nothing");
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String email = newClient(OLD_PASSWORD);
        passwordReset.sendResetLink(email);
        String token = tokenMailedTo(email);

        assertEquals(1, data.expireResetLinksOf(email));

        assertRefused("reset.link.expired", () -> passwordReset.checkLink(token));
        assertRefused("reset.link.expired", () -> passwordReset.resetPassword(token, new NewPassword(NEW_PASSWORD)));
        assertTrue(signsIn(email, OLD_PASSWORD));
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoLink() {
        String nobody = unique("nobody");

        assertDoesNotThrow(() -> passwordReset.sendResetLink(nobody));

        assertEquals(0, data.countResetLinksOf(nobody));
        assertRefused("reset.link.unknown", () -> passwordReset.checkLink("made-up-token"));
        assertRefused("reset.link.unknown", () -> passwordReset.resetPassword(null, new NewPassword(NEW_PASSWORD)));
    }

    @Test
    void aLinkRefusesACommonPasswordAndStaysUsable() throws Exception {
        String email = newClient(OLD_PASSWORD);
        passwordReset.sendResetLink(email);
        String token = tokenMailedTo(email);

        var refusal = assertThrows(
                InvalidInputException.class, () -> passwordReset.resetPassword(token, new NewPassword("password1234")));

        assertEquals("account.password.common", refusal.getMessageKey());
        assertDoesNotThrow(() -> passwordReset.checkLink(token));
    }

    // ----- deactivate and reactivate -----

    @Test
    void aDeactivatedAccountCannotSignInAndItsSessionsEndUntilReactivated() throws Exception {
        String email = newClient(OLD_PASSWORD);
        long id = account(email).getId();
        assertTrue(sessionVersions.of(email).isPresent());

        var deactivated = asStaff.call(() -> activation.deactivate(id));

        assertTrue(!deactivated.isActive());
        assertTrue(!signsIn(email, OLD_PASSWORD), "refused like a wrong password");
        assertTrue(sessionVersions.of(email).isEmpty(), "open sessions end on their next request");
        passwordReset.sendResetLink(email);
        assertEquals(0, data.countResetLinksOf(email), "no reset link for a switched-off account");

        asStaff.call(() -> activation.reactivate(id));
        assertTrue(signsIn(email, OLD_PASSWORD));
    }

    @Test
    void switchingAnAccountOffAndOnIsOnTheSecurityLogWithWhoDidItAndOnlyStaffReadIt() throws Exception {
        String email = newClient(OLD_PASSWORD);
        long id = account(email).getId();
        asStaff.call(() -> activation.deactivate(id));
        asStaff.call(() -> activation.reactivate(id));

        var today = new SecurityLogService.Filter(null, email, LocalDate.now(ZoneOffset.UTC), null);
        List<SecurityEvent> events = asStaff.call(() -> securityLog.page(today, 0, 50)).stream()
                .filter(event -> event.getKind() != SecurityEventKind.ACCOUNT_CREATED)
                .toList();
        assertEquals(
                List.of(SecurityEventKind.ACCOUNT_REACTIVATED, SecurityEventKind.ACCOUNT_DEACTIVATED),
                events.stream().map(SecurityEvent::getKind).toList(),
                "newest first");
        assertEquals(email, events.get(1).getAccountEmail());
        assertEquals(RunAs.STAFF, events.get(1).getActorEmail(), "who switched it off");
        var onlySwitchedOff = new SecurityLogService.Filter(SecurityEventKind.ACCOUNT_DEACTIVATED, email, null, null);
        assertEquals(1, asStaff.call(() -> securityLog.count(onlySwitchedOff)));
        var yesterday = new SecurityLogService.Filter(
                null, email, null, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        assertEquals(0, asStaff.call(() -> securityLog.count(yesterday)));

        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> securityLog.page(today, 0, 50)));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> securityLog.count(today)));
    }

    @Test
    void onlyStaffDeactivateOrReactivateAccounts() {
        long id = data.newAccount("Target", Role.CLIENT);

        assertThrows(EJBAccessException.class, () -> activation.deactivate(id), "anonymous");
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> activation.deactivate(id)), "client");
        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> activation.deactivate(id)), "therapist");
        assertThrows(EJBAccessException.class, () -> asTherapist.call(() -> activation.reactivate(id)), "therapist");
        assertTrue(accounts.find(id).orElseThrow().isActive());
    }

    @Test
    void staffCannotDeactivateThemselves() {
        long me = account(RunAs.STAFF).getId();

        var refusal = assertThrows(BusinessException.class, () -> asStaff.call(() -> activation.deactivate(me)));

        assertEquals("account.deactivate.self", refusal.getMessageKey());
        assertTrue(account(RunAs.STAFF).isActive());
    }

    @Test
    void anUnknownAccountIsARefusal() {
        var refusal = assertThrows(BusinessException.class, () -> asStaff.call(() -> activation.deactivate(-1)));
        assertEquals("account.notFound", refusal.getMessageKey());
    }

    // ----- helpers -----

    private String newClient(String password) {
        String email = unique("lifecycle");
        data.accountWithPassword(email, Role.CLIENT, password);
        return email;
    }

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private boolean signsIn(String email, String password) {
        return identityStores
                        .validate(new UsernamePasswordCredential(email, password))
                        .getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    private String tokenMailedTo(String email) throws Exception {
        MimeMessage message = mail.awaitMail(email, "Set a new password", Duration.ofSeconds(20));
        Matcher link = TOKEN.matcher(MailCatcher.partText(message, "text/plain"));
        assertTrue(link.find(), "a link in the mail");
        return link.group(1);
    }

    private static void assertRefused(String messageKey, org.junit.jupiter.api.function.Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).getMessageKey());
    }
}
