package io.reload.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.OneTimeCodes;
import io.reload.account.domain.Role;
import io.reload.account.service.SecondFactorService;
import io.reload.account.service.SecondFactorStep;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.testsupport.AsClient;
import io.reload.testsupport.AsStaff;
import io.reload.testsupport.AsTherapist;
import io.reload.testsupport.RunAs;
import io.reload.testsupport.ServiceTest;
import io.reload.testsupport.TestData;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The second factor against the real database: enrolment, codes, recovery codes, staff's reset and who may do it. */
@ServiceTest
class SecondFactorIT {

    @Inject
    SecondFactorService secondFactors;

    @Inject
    AccountRepository accounts;

    @Inject
    TestData data;

    @Inject
    AsClient asClient;

    @Inject
    AsTherapist asTherapist;

    @Inject
    AsStaff asStaff;

    @BeforeEach
    void runAsAccounts() {
        data.runAsAccount(RunAs.CLIENT, Role.CLIENT);
        data.runAsAccount(RunAs.THERAPIST, Role.THERAPIST);
        data.runAsAccount(RunAs.STAFF, Role.STAFF);
    }

    @Test
    void aTherapistEnrolsWithACodeFromTheAppAndGetsTenRecoveryCodes() {
        String email = emailOf(data.newAccount("Tess Enrol", Role.THERAPIST));
        assertEquals(SecondFactorStep.ENROL, secondFactors.stepAfterPassword(email));
        String secret = secondFactors.newSecret();

        var refusal = assertThrows(
                InvalidInputException.class, () -> secondFactors.enrol(email, secret, wrong(codeNow(secret))));
        assertEquals("secondFactor.code.wrong", refusal.getMessageKey());
        assertEquals("code", refusal.getField().orElseThrow());
        assertEquals(SecondFactorStep.ENROL, secondFactors.stepAfterPassword(email), "a wrong code stores nothing");

        List<String> recoveryCodes = secondFactors.enrol(email, secret, codeNow(secret));

        assertEquals(10, recoveryCodes.size());
        assertEquals(SecondFactorStep.CODE, secondFactors.stepAfterPassword(email));
        assertKey("secondFactor.alreadyOn", () -> secondFactors.enrol(email, secondFactors.newSecret(), "123456"));
    }

    @Test
    void aWrongOrReplayedCodeIsRefusedAndTheNextStepsCodeAccepted() {
        String email = emailOf(data.newAccount("Sam Codes", Role.STAFF));
        String secret = secondFactors.newSecret();
        long step = OneTimeCodes.stepAt(Instant.now());
        secondFactors.enrol(email, secret, OneTimeCodes.codeFor(secret, step));

        assertKey("secondFactor.code.wrong", () -> secondFactors.checkCode(email, OneTimeCodes.codeFor(secret, step)));
        assertKey(
                "secondFactor.code.wrong",
                () -> secondFactors.checkCode(email, wrong(OneTimeCodes.codeFor(secret, step + 1))));
        secondFactors.checkCode(email, OneTimeCodes.codeFor(secret, step + 1));
        assertKey(
                "secondFactor.code.wrong",
                () -> secondFactors.checkCode(email, OneTimeCodes.codeFor(secret, step + 1)));
    }

    @Test
    void eachRecoveryCodeSignsInOnce() {
        String email = emailOf(data.newAccount("Rita Recovery", Role.THERAPIST));
        String secret = secondFactors.newSecret();
        List<String> recoveryCodes = secondFactors.enrol(email, secret, codeNow(secret));

        secondFactors.checkCode(email, recoveryCodes.get(0));
        assertKey("secondFactor.code.wrong", () -> secondFactors.checkCode(email, recoveryCodes.get(0)));
        secondFactors.checkCode(email, recoveryCodes.get(1).toUpperCase());
    }

    @Test
    void staffResetAColleaguesSecondFactorWhoThenEnrolsAgain() throws Exception {
        long therapist = data.newAccount("Theo Reset", Role.THERAPIST);
        String email = emailOf(therapist);
        String secret = secondFactors.newSecret();
        secondFactors.enrol(email, secret, codeNow(secret));
        long sessionsBefore = accounts.find(therapist).orElseThrow().getSessionVersion();

        asStaff.call(() -> {
            secondFactors.resetFor(therapist);
            return null;
        });

        assertEquals(SecondFactorStep.ENROL, secondFactors.stepAfterPassword(email));
        assertEquals(
                sessionsBefore + 1,
                accounts.find(therapist).orElseThrow().getSessionVersion(),
                "their open sessions end");
        assertKey(
                "secondFactor.notOn",
                () -> secondFactors.checkCode(
                        email, OneTimeCodes.codeFor(secret, OneTimeCodes.stepAt(Instant.now()) + 1)));
    }

    @Test
    void onlyStaffResetAndNeverTheirOwnNorAClients() {
        long therapist = data.newAccount("Tom Kept", Role.THERAPIST);
        String email = emailOf(therapist);
        String secret = secondFactors.newSecret();
        secondFactors.enrol(email, secret, codeNow(secret));

        assertKey("team.secondFactor.staffOnly", () -> asTherapist.call(() -> reset(therapist)));
        assertKey("team.secondFactor.staffOnly", () -> asClient.call(() -> reset(therapist)));
        assertEquals(SecondFactorStep.CODE, secondFactors.stepAfterPassword(email), "still set up");

        long self = accounts.findByEmail(RunAs.STAFF).orElseThrow().getId();
        assertKey("team.secondFactor.notYourself", () -> asStaff.call(() -> reset(self)));
        long client = data.newAccount("Cleo Client", Role.CLIENT);
        assertKey("team.secondFactor.notTeam", () -> asStaff.call(() -> reset(client)));
        assertKey("team.secondFactor.notTeam", () -> asStaff.call(() -> reset(-1)));
    }

    @Test
    void aClientTurnsItOnAndOffWithACurrentCode() throws Exception {
        String secret = secondFactors.newSecret();
        long step = OneTimeCodes.stepAt(Instant.now());
        assertEquals(SecondFactorStep.NONE, secondFactors.stepAfterPassword(RunAs.CLIENT));
        assertFalse(asClient.call(() -> secondFactors.isOwnOn()));

        assertEquals(
                10,
                asClient.call(() -> secondFactors.enrolOwn(secret, OneTimeCodes.codeFor(secret, step)))
                        .size());
        assertTrue(asClient.call(() -> secondFactors.isOwnOn()));
        assertEquals(SecondFactorStep.CODE, secondFactors.stepAfterPassword(RunAs.CLIENT));

        assertKey("secondFactor.code.wrong", () -> asClient.call(() -> turnOff(OneTimeCodes.codeFor(secret, step))));
        assertTrue(asClient.call(() -> secondFactors.isOwnOn()), "a refused code changes nothing");
        asClient.call(() -> turnOff(OneTimeCodes.codeFor(secret, step + 1)));
        assertFalse(asClient.call(() -> secondFactors.isOwnOn()));
        assertEquals(SecondFactorStep.NONE, secondFactors.stepAfterPassword(RunAs.CLIENT));
    }

    // ----- helpers -----

    private Object reset(long accountId) {
        secondFactors.resetFor(accountId);
        return null;
    }

    private Object turnOff(String code) {
        secondFactors.turnOwnOff(code);
        return null;
    }

    private String emailOf(long accountId) {
        return accounts.find(accountId).map(Account::getEmail).orElseThrow();
    }

    private static String codeNow(String secret) {
        return OneTimeCodes.codeFor(secret, OneTimeCodes.stepAt(Instant.now()));
    }

    /** Other six digits (that they match the code of a step either side is a one-in-a-million chance). */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    private static void assertKey(String key, Executable work) {
        BusinessException refusal = assertThrows(BusinessException.class, work);
        assertEquals(key, refusal.getMessageKey());
    }
}
