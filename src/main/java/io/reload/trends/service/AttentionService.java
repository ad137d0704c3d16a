package io.reload.trends.service;

import io.reload.account.service.CurrentAccount;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.security.Roles;
import io.reload.trends.domain.AttentionRule;
import io.reload.trends.domain.ClientTrend;
import io.reload.trends.domain.TrendRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * My day's "Needs your attention": the caller's own clients (the active plans they assigned)
 * that {@link AttentionRule} picks, from the trend summary that the dashboard reads too, so a
 * flag means the same on both pages. The flags are those of the row's last working-out (kept in
 * step by each change and each new clinic day); the days without a session count to today.
 */
@Stateless
@RolesAllowed(Roles.THERAPIST)
public class AttentionService {

    @Inject
    TrendRepository trends;

    @Inject
    TrendKeeper keeper;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    /** My clients needing attention, by name. */
    public List<ClientNeedingAttention> myClientsNeedingAttention() {
        LocalDate today = keeper.today();
        List<ClientNeedingAttention> clients = trends
                .ofTherapistsActivePlans(currentAccount.get().getId())
                .stream()
                .map(row -> needing(row.trend(), row.planStartsOn(), today))
                .filter(client -> client != null)
                .toList();
        audit.viewedEach(
                clients,
                ClientNeedingAttention::getClientId,
                ClientNeedingAttention::getClientName,
                "my day: needs your attention");
        return clients;
    }

    private static ClientNeedingAttention needing(ClientTrend trend, LocalDate planStartsOn, LocalDate today) {
        AttentionRule.Attention attention =
                AttentionRule.on(today, trend.flags(), trend.getLastLoggedOn(), planStartsOn);
        return attention.needed()
                ? new ClientNeedingAttention(trend.getClientId(), trend.getPlanId(), trend.getClientName(), attention)
                : null;
    }
}
