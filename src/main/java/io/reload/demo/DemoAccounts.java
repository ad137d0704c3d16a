package io.reload.demo;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.account.domain.SecondFactor;
import io.reload.account.domain.SecondFactorRepository;
import io.reload.account.service.AccountCreation;
import io.reload.account.service.NewAccount;
import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.DemoDataSwitch;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo accounts listed in the README, one or more per role. Created once, only when demo
 * data is on (the embedded default database, or DEMO_DATA=true).
 */
@Singleton
@Startup
public class DemoAccounts {

    /** Shared by every demo account; printed in the README, so never use it for real data. */
    public static final String DEMO_PASSWORD = "reload-demo-2026";

    /**
     * The second factor of the demo staff and therapists, set up in advance (printed in the
     * README, for an authenticator app or {@code oathtool --totp -b}); demo data only.
     */
    public static final String DEMO_SECOND_FACTOR_SECRET = "RELOADDEMOSECRETNEVERFORREALUSE2";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    private record Demo(String name, String email, Role role) {}

    private static final List<Demo> PEOPLE = List.of(
            new Demo("Sam Rivera", "staff@reload.example", Role.STAFF),
            new Demo("Tara Nguyen", "tara@reload.example", Role.THERAPIST),
            new Demo("Omar Haddad", "omar@reload.example", Role.THERAPIST),
            new Demo("Alex Morgan", "alex@reload.example", Role.CLIENT),
            new Demo("Jamie Okafor", "jamie@reload.example", Role.CLIENT),
            // each new account costs a password hash (~0.2 s) at the first start: keep the list short
            new Demo("Priya Shah", "priya@reload.example", Role.CLIENT),
            new Demo("Lee Chen", "lee@reload.example", Role.CLIENT),
            new Demo("Noor Begum", "noor@reload.example", Role.CLIENT),
            new Demo("Ben Carter", "ben@reload.example", Role.CLIENT),
            new Demo("Riley Brooks", "riley@reload.example", Role.CLIENT),
            new Demo("Sasha Ivanova", "sasha@reload.example", Role.CLIENT));

    @Inject
    DemoDataSwitch demoData;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountCreation accountCreation;

    @Inject
    SecondFactorRepository secondFactors;

    @Inject
    Clock clock;

    @Inject
    ClusterLocks clusterLocks;

    @PostConstruct
    void createDemoAccounts() {
        clusterLocks.holdForStartUp(); // a node starting at the same moment waits, then finds this done
        if (!demoData.isOn()) {
            return;
        }
        int created = 0;
        for (Demo person : PEOPLE) {
            if (!accounts.emailTaken(person.email())) {
                Account account = accountCreation.create(
                        new NewAccount(person.name(), person.email(), null, DEMO_PASSWORD), person.role());
                if (person.role() != Role.CLIENT) {
                    secondFactors.add(
                            SecondFactor.preparedForDemo(account, DEMO_SECOND_FACTOR_SECRET, clock.instant()));
                }
                created++;
            }
        }
        int total = created;
        LOG.info(() ->
                "Demo data is on: " + total + " demo accounts created, " + (PEOPLE.size() - total) + " already there");
    }
}
