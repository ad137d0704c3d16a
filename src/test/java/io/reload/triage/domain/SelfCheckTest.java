package io.reload.triage.domain;

import static io.reload.triage.domain.Symptom.DULL_STIFFNESS;
import static io.reload.triage.domain.Symptom.NUMBNESS;
import static io.reload.triage.domain.Symptom.ONE_SIDED_PAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reload.account.domain.Account;
import io.reload.account.domain.Role;
import io.reload.shared.domain.BusinessException;
import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A self-check row: what it stores and how it reads back, without a database. */
class SelfCheckTest {

    @Test
    void keepsTheAnswersAndTheOutcomeOfTheRule() {
        SelfCheck check = new SelfCheck(Set.of(NUMBNESS, DULL_STIFFNESS, ONE_SIDED_PAIN));

        assertEquals(Set.of(DULL_STIFFNESS, ONE_SIDED_PAIN, NUMBNESS), check.getAnswers());
        assertEquals(TriageClass.RED_FLAG, check.getOutcome());
        assertEquals(Set.of(NUMBNESS), check.getRaisedBy());
    }

    @Test
    void nothingTickedReadsBackAsNoAnswers() {
        SelfCheck check = new SelfCheck(Set.of());

        assertEquals(Set.of(), check.getAnswers());
        assertEquals(TriageClass.NORMAL_SORENESS, check.getOutcome());
    }

    @Test
    void everyAnswerTickedFitsItsColumn() throws ReflectiveOperationException {
        SelfCheck check = new SelfCheck(EnumSet.allOf(Symptom.class));

        assertTrue(stored(check, "answers").length() <= 1000, "self_checks.answers is VARCHAR(1000)");
        assertEquals(EnumSet.allOf(Symptom.class), check.getAnswers());
    }

    @Test
    void eachCheckGetsItsOwnRandomUuidToken() {
        String first = new SelfCheck(Set.of()).getToken();
        String second = new SelfCheck(Set.of()).getToken();

        assertTrue(SelfCheck.looksLikeToken(first), first);
        assertEquals(4, java.util.UUID.fromString(first).version(), "a random (version 4) UUID");
        assertNotEquals(first, second);
    }

    @Test
    void onlyALowerCaseUuidLooksLikeAToken() {
        assertTrue(SelfCheck.looksLikeToken("3f2a9c1d-0b4e-4c7a-9d2f-1a2b3c4d5e6f"));
        assertFalse(SelfCheck.looksLikeToken(null));
        assertFalse(SelfCheck.looksLikeToken(""));
        assertFalse(SelfCheck.looksLikeToken("3f2a9c1d-0b4e-4c7a-9d2f-1a2b3c4d5e6f "));
        assertFalse(SelfCheck.looksLikeToken("' or 1=1 --"));
    }

    @Test
    void attachingTwiceToTheSameClientIsFineButAnotherClientIsRefused() throws ReflectiveOperationException {
        SelfCheck check = new SelfCheck(Set.of(ONE_SIDED_PAIN));
        Account jo = client(1L);
        Account sam = client(2L);

        check.attachTo(jo);
        check.attachTo(jo);
        var refusal = assertThrows(BusinessException.class, () -> check.attachTo(sam));

        assertEquals("selfcheck.attach.taken", refusal.getMessageKey());
        assertSame(jo, check.getClient());
    }

    private static Account client(long id) throws ReflectiveOperationException {
        Account account = new Account("Client " + id, "client" + id + "@example.com", null, Role.CLIENT, "hash");
        Field idField = account.getClass().getSuperclass().getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(account, id);
        return account;
    }

    private static String stored(SelfCheck check, String field) throws ReflectiveOperationException {
        Field column = SelfCheck.class.getDeclaredField(field);
        column.setAccessible(true);
        return (String) column.get(check);
    }
}
