package io.reload.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    public List<Account> findByRoles(List<Role> roles) {
        return em.createQuery("select a from Account a where a.role in :roles order by a.fullName", Account.class)
                .setParameter("roles", roles)
                .getResultList();
    }

    /** Accounts of a role whose name or email contains the text, at most limit of them. */
    public List<Account> search(Role role, String text, int limit) {
        String pattern =
                "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("""
                select a from Account a where a.role = :role
                and (lower(a.fullName) like :pattern or a.email like :pattern) order by a.fullName""", Account.class)
                .setParameter("role", role)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    public java.util.Optional<Account> find(long id) {
        return java.util.Optional.ofNullable(em.find(Account.class, id));
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /** Inserts now, so a duplicate email surfaces inside the caller's transaction. */
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
