package io.reload.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PasswordResetRepository {

    @PersistenceContext
    EntityManager em;

    public PasswordReset add(PasswordReset reset) {
        em.persist(reset);
        return reset;
    }

    /** The link of that token hash, locked, so two uses of one link at once cannot both succeed. */
    public Optional<PasswordReset> findForUpdate(String tokenHash) {
        return byHash(tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** For reading only: whether a link still works, before the form is filled in. */
    public Optional<PasswordReset> find(String tokenHash) {
        return byHash(tokenHash).getResultStream().findFirst();
    }

    private TypedQuery<PasswordReset> byHash(String tokenHash) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", tokenHash);
    }

    /** Once a password is set, the account's other links that still work stop working. */
    public void closeOpenLinksOf(Account account, Instant now) {
        em.createQuery("update PasswordReset r set r.usedAt = :now where r.account = :account and r.usedAt is null")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
    }
}
