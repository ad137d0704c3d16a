package io.reload.protocol.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Findings of screens, one row per screen. */
@ApplicationScoped
public class FindingsRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<ScreenFindings> ofScreen(long screenId) {
        return em.createQuery("select f from ScreenFindings f where f.screenId = :screen", ScreenFindings.class)
                .setParameter("screen", screenId)
                .getResultStream()
                .findFirst();
    }

    public void add(ScreenFindings findings) {
        em.persist(findings);
    }
}
