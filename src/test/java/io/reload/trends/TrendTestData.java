package io.reload.trends;

import io.reload.account.domain.Account;
import io.reload.booking.domain.Screen;
import io.reload.progress.domain.PainScores;
import io.reload.progress.domain.SessionLog;
import io.reload.protocol.domain.Plan;
import io.reload.trends.service.TrendKeeper;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Pain logs and screen outcomes written straight to the database, at the times a test needs. */
@Stateless
@PermitAll
public class TrendTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrendKeeper keeper;

    /** Works out the client's dashboard row now, in a transaction of its own. */
    public void refreshTrend(long clientId, LocalDate today) {
        keeper.refresh(clientId, today);
    }

    /** A session of the plan logged at this instant (its day in the zone), pain before and after. */
    public void painLogged(long planId, Instant at, ZoneId zone, int before, int after) {
        Plan plan = em.find(Plan.class, planId);
        LocalDate day = at.atZone(zone).toLocalDate();
        em.persist(new SessionLog(
                plan.getClient(),
                planId,
                day,
                at,
                new PainScores(before, after),
                plan.getPhaseIndex() + 1,
                plan.currentPhase().getName()));
    }

    public void noShow(long screenId) {
        em.find(Screen.class, screenId).recordAttendance(false);
    }

    public String nameOf(long accountId) {
        return em.find(Account.class, accountId).getFullName();
    }
}
