package io.reload.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

@ApplicationScoped
public class SecondFactorRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * The account's second factor, locked until the transaction ends: two sign-ins sending the
     * same code at once check it one after the other, so the second sees it used (replay).
     */
    public Optional<SecondFactor> findLocked(Account account) {
        return ofAccount(account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<SecondFactor> find(Account account) {
        return ofAccount(account).getResultStream().findFirst();
    }

    private TypedQuery<SecondFactor> ofAccount(Account account) {
        return em.createQuery("select f from SecondFactor f where f.account = :account", SecondFactor.class)
                .setParameter("account", account);
    }

    public SecondFactor add(SecondFactor secondFactor) {
        em.persist(secondFactor);
        return secondFactor;
    }

    public void remove(SecondFactor secondFactor) {
        em.remove(secondFactor);
    }
}
