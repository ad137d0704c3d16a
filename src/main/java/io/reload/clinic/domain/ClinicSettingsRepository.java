package io.reload.clinic.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class ClinicSettingsRepository {

    @PersistenceContext
    EntityManager em;

    public ClinicSettings current() {
        return em.find(ClinicSettings.class, ClinicSettings.THE_CLINIC);
    }
}
