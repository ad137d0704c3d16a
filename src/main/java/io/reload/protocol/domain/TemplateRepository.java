package io.reload.protocol.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Protocol templates and their parts. */
@ApplicationScoped
public class TemplateRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ProtocolTemplate> find(long id) {
        return Optional.ofNullable(em.find(ProtocolTemplate.class, id));
    }

    public Optional<ProtocolPhase> findPhase(long id) {
        return Optional.ofNullable(em.find(ProtocolPhase.class, id));
    }

    public Optional<Prescription> findPrescription(long id) {
        return Optional.ofNullable(em.find(Prescription.class, id));
    }

    public Optional<GateTest> findGateTest(long id) {
        return Optional.ofNullable(em.find(GateTest.class, id));
    }

    /** The templates a therapist may assign: the clinic's default first, then their own by name. */
    public List<ProtocolTemplate> assignableBy(long therapistId) {
        return em.createQuery("""
                        select t from ProtocolTemplate t
                        where t.planCopy = false and (t.owner is null or t.owner.id = :therapist)
                        order by case when t.owner is null then 0 else 1 end, t.name, t.id""", ProtocolTemplate.class)
                .setParameter("therapist", therapistId)
                .getResultList();
    }

    public ProtocolTemplate add(ProtocolTemplate template) {
        em.persist(template);
        return template;
    }

    public void remove(ProtocolTemplate template) {
        em.remove(template);
    }

    /**
     * Gives the items the positions 1, 2, 3 ... in list order. Positions are unique within their
     * parent, and a flush may update rows in any order, so the items first step aside to
     * negative positions.
     */
    public void renumber(List<? extends Positioned> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(-(i + 1));
        }
        em.flush();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i + 1);
        }
        em.flush();
    }

    /** Writes pending removals, so their positions are free before the rest are renumbered. */
    public void flush() {
        em.flush();
    }
}
