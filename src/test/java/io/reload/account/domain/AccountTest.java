package io.reload.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void aPasswordSetAtInstallationMustBeReplacedAndANewOneEndsTheOtherSessions() {
        Account lead =
                new Account("Clinic lead", "lead@clinic.example", null, Role.STAFF, "hash-from-the-deployment-file");
        assertFalse(lead.isMustChangePassword(), "an ordinary account chose its own");
        lead.requirePasswordChange();
        assertTrue(lead.isMustChangePassword());

        lead.changePassword("hash-of-their-own");

        assertFalse(lead.isMustChangePassword());
        assertEquals(1, lead.getSessionVersion());
    }

    @Test
    void aSecondFactorResetEndsTheSessionsToo() {
        Account therapist = new Account("Theo", "theo@clinic.example", null, Role.THERAPIST, "hash");
        therapist.endSessions();
        assertEquals(1, therapist.getSessionVersion());
    }
}
