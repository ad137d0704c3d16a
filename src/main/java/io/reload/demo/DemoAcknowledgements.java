package io.reload.demo;

import io.reload.shared.persistence.ClusterLocks;
import io.reload.shared.persistence.DemoDataSwitch;
import io.reload.trends.domain.AlertAcknowledgement;
import io.reload.trends.domain.AlertKind;
import io.reload.trends.domain.ClinicOverviewRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * With demo data, the front desk has already acknowledged one alert, Ben's missed screen of
 * today, so the Clinic overview shows an acknowledged alert with who and when beside the open
 * ones (the emergency self-check, Noor's red flag and missed screen). Once only: not again
 * while that acknowledgement exists.
 */
@Singleton
@Startup
@DependsOn("DemoPlans") // which depends on the accounts and schedules; naming them too trips GlassFish's cycle check
public class DemoAcknowledgements {

    @Inject
    DemoDataSwitch demoData;

    @Inject
    ClinicOverviewRepository repository;

    @Inject
    Clock clock;

    @Inject
    ClusterLocks clusterLocks;

    @PostConstruct
    void acknowledgeBensMissedScreen() {
        clusterLocks.holdForStartUp(); // a node starting at the same moment waits, then finds this done
        if (!demoData.isOn()) {
            return;
        }
        repository
                .latestNoShowOf("ben@reload.example")
                .filter(screen ->
                        repository.acknowledgementOf(AlertKind.NO_SHOW, screen).isEmpty())
                .ifPresent(screen -> repository
                        .accountByEmail("staff@reload.example")
                        .ifPresent(staff -> repository.add(
                                new AlertAcknowledgement(AlertKind.NO_SHOW, screen, staff, clock.instant()))));
    }
}
