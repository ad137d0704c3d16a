package io.reload.account.service;

import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.shared.persistence.ClusterLocks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a clinic on a fresh database gets its first staff member, who then adds everyone else
 * on the Team page: FIRST_STAFF_EMAIL and FIRST_STAFF_PASSWORD (and optionally
 * FIRST_STAFF_NAME) create that account at start, only while no staff account exists.
 * After the demo accounts: with demo data on, the demo staff member is that first one, and a
 * first staff account made before would have kept the demo data out (DemoDataSwitch).
 */
@DependsOn("DemoAccounts")
@Singleton
@Startup
public class FirstStaffAccount {

    private static final Logger LOG = Logger.getLogger(FirstStaffAccount.class.getName());

    @Inject
    @ConfigProperty(name = "first.staff.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "first.staff.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "first.staff.name", defaultValue = "Clinic lead")
    String name;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountCreation accountCreation;

    @Inject
    ClusterLocks clusterLocks;

    @PostConstruct
    void createWhenNoStaffExists() {
        clusterLocks.holdForStartUp(); // a node starting at the same moment waits, then finds this done
        if (email.isEmpty()
                || password.isEmpty()
                || !accounts.findByRoles(List.of(Role.STAFF)).isEmpty()) {
            return;
        }
        // the password sat in a deployment file: its owner replaces it at the first sign-in
        accountCreation
                .create(new NewAccount(name, email.get(), null, password.get()), Role.STAFF)
                .requirePasswordChange();
        LOG.info(() -> "Created the first staff account for " + email.get());
    }
}
