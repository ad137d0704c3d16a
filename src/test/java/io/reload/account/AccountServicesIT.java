package io.reload.account;

import static io.reload.testsupport.TestEmails.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.account.domain.SignInCounter;
import io.reload.account.service.EmailAlreadyRegisteredException;
import io.reload.account.service.NewAccount;
import io.reload.account.service.PersonSummary;
import io.reload.account.service.RegistrationService;
import io.reload.account.service.SignInAttempts;
import io.reload.account.service.TeamService;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.PasswordHashing;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.ServiceTest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Registration and team management against the real database, in a real Payara Micro. */
@ServiceTest
class AccountServicesIT {

    private static final String PASSWORD = "a long enough password";

    @Inject
    RegistrationService registration;

    @Inject
    TeamService team;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsStaff asStaff;

    @Inject
    SignInAttempts signInAttempts;

    @PersistenceContext
    EntityManager em;

    @Test
    void registersAClientWithAnAsvsStrengthHash() {
        String email = unique("client");
        registration.registerClient(new NewAccount("Jo Lifter", email.toUpperCase(), "+44 20 7946 0000", PASSWORD));

        Account stored = accounts.findByEmail(email).orElseThrow();
        assertEquals(Role.CLIENT, stored.getRole());
        assertEquals(email, stored.getEmail(), "emails are stored in lower case");
        String[] hash = stored.getPasswordHash().split(":");
        assertEquals("PBKDF2WithHmacSHA512", hash[0]);
        assertTrue(Integer.parseInt(hash[1]) >= 210_000, "ASVS 5.0: at least 210,000 iterations of SHA-512");
        assertTrue(passwordHashing.matches(PASSWORD, stored.getPasswordHash()));
        assertFalse(passwordHashing.matches(PASSWORD + "x", stored.getPasswordHash()));
    }

    @Test
    void refusesASecondAccountForTheSameEmailWhateverItsCase() {
        String email = unique("twice");
        registration.registerClient(new NewAccount("First", email, null, PASSWORD));

        var refusal = assertThrows(
                EmailAlreadyRegisteredException.class,
                () -> registration.registerClient(
                        new NewAccount("Second", " " + email.toUpperCase() + " ", null, PASSWORD)));

        assertEquals("account.email.taken", refusal.getMessageKey());
        assertEquals("email", refusal.getField().orElseThrow());
        assertEquals("First", accounts.findByEmail(email).orElseThrow().getFullName());
    }

    @Test
    void refusesAShortPasswordAndSavesNothing() {
        String email = unique("short");

        var refusal = assertThrows(
                InvalidInputException.class,
                () -> registration.registerClient(new NewAccount("Shorty", email, null, "11 letters!")));

        assertEquals("password", refusal.getField().orElseThrow());
        assertEquals("account.password.length", refusal.getMessageKey());
        assertFalse(accounts.emailTaken(email));
    }

    @Test
    void onlyStaffMayManageTheTeam() {
        assertThrows(EJBAccessException.class, () -> team.team(), "anonymous");
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> team.team()), "client");
        assertThrows(
                EJBAccessException.class,
                () -> asTherapist.call(() ->
                        team.addTeamMember(new NewAccount("Sneaky", unique("sneaky"), null, PASSWORD), Role.STAFF)),
                "therapist");
    }

    @Test
    void staffAddATherapistWhoThenAppearsInTheTeam() throws Exception {
        String email = unique("therapist");

        asStaff.call(() -> team.addTeamMember(new NewAccount("Theo Rapist", email, null, PASSWORD), Role.THERAPIST));

        assertEquals(Role.THERAPIST, accounts.findByEmail(email).orElseThrow().getRole());
        List<PersonSummary> members = asStaff.call(() -> team.team());
        assertTrue(members.stream()
                .anyMatch(member -> member.getEmail().equals(email) && member.getRole() == Role.THERAPIST));
    }

    @Test
    void theTeamPageCannotCreateClients() {
        var refusal = assertThrows(
                BusinessException.class,
                () -> asStaff.call(() -> team.addTeamMember(
                        new NewAccount("Not Staff", unique("notstaff"), null, PASSWORD), Role.CLIENT)));
        assertEquals("team.role.invalid", refusal.getMessageKey());
    }

    @Test
    void signInAttemptsAreCountedInTheDatabaseBeforeThePasswordPerEmailAndPerAddress() {
        String address = "203.0.113." + (System.nanoTime() % 200);
        String email = unique("guessed");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertEquals(Duration.ZERO, signInAttempts.admit(email, address), "attempt " + (attempt + 1));
        }
        Duration wait = signInAttempts.admit(email, "198.51.100.7");
        assertTrue(
                wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofMinutes(15)) <= 0,
                "the email waits: " + wait);
        Duration sameAddress = signInAttempts.admit(unique("other"), address);
        assertTrue(
                sameAddress.compareTo(Duration.ZERO) > 0,
                "another email from the same address waits too: " + sameAddress);

        // what every server reads: the rows themselves
        assertEquals(10, em.find(SignInCounter.class, "email:" + email).getAttempts());
        assertEquals(
                10,
                em.find(SignInCounter.class, "address:" + address).getAttempts(),
                "refused attempts are not counted");

        String right = unique("right");
        String office = "203.0.113.250";
        signInAttempts.admit(right, office);
        signInAttempts.succeeded(right, office);
        em.clear();
        assertEquals(
                0,
                em.find(SignInCounter.class, "address:" + office).getAttempts(),
                "a right password takes its attempt back");
    }

    @Test
    void manyPeopleSigningInAtOnceFromOneAddressAreEachCountedWithoutALockFailing() throws Exception {
        String clinicWifi = "198.51.100." + (System.nanoTime() % 200);
        int people = 24;
        ExecutorService threads = Executors.newFixedThreadPool(people);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Duration>> attempts = new ArrayList<>();
            for (int person = 0; person < people; person++) {
                String email = unique("at-once");
                attempts.add(threads.submit(() -> {
                    go.await();
                    return signInAttempts.admit(email, clinicWifi);
                }));
            }
            go.countDown();
            int admitted = 0;
            for (Future<Duration> attempt : attempts) {
                // a deadlock or lock timeout would come out here as an ExecutionException
                if (attempt.get(2, TimeUnit.MINUTES).isZero()) {
                    admitted++;
                }
            }
            assertEquals(10, admitted, "the address's ten attempts, no more and no fewer");
            assertEquals(
                    10, em.find(SignInCounter.class, "address:" + clinicWifi).getAttempts());
        } finally {
            threads.shutdownNow();
        }
    }
}
