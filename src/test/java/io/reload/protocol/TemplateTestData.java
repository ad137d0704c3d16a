package io.reload.protocol;

import io.reload.account.domain.Account;
import io.reload.protocol.domain.ProtocolPhase;
import io.reload.protocol.domain.ProtocolTemplate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Protocol templates written straight to the database, e.g. one of another therapist's. */
@Stateless
@PermitAll
public class TemplateTestData {

    @PersistenceContext
    EntityManager em;

    /** A deep copy of a template, owned by the given therapist. */
    public long copyOwnedBy(long templateId, long therapistId, String name) {
        ProtocolTemplate copy =
                em.find(ProtocolTemplate.class, templateId).copyFor(em.find(Account.class, therapistId), name, false);
        em.persist(copy);
        em.flush();
        return copy.getId();
    }

    /** Ids of a template's parts: its third phase, that phase's first prescription and first gate test. */
    public record Parts(long phase, long prescription, long gateTest) {}

    public Parts partsOf(long templateId) {
        ProtocolPhase third =
                em.find(ProtocolTemplate.class, templateId).getPhases().get(2);
        return new Parts(
                third.getId(),
                third.getPrescriptions().get(0).getId(),
                third.getGateTests().get(0).getId());
    }
}
