package io.reload.trends.service;

import io.reload.account.service.CurrentAccount;
import io.reload.shared.audit.AuditTrail;
import io.reload.shared.domain.PageOfRows;
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

    /** Clients on a page of "Needs your attention". */
    public static final int PAGE = 50;

    @Inject
    TrendRepository trends;

    @Inject
    TrendKeeper keeper;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    /** A page of my clients needing attention, by name; past the last page, the last. */
    public PageOfRows<ClientNeedingAttention> myClientsNeedingAttention(int page) {
        LocalDate today = keeper.today();
        long me = currentAccount.get().getId();
        long total = trends.countNeedingAttentionOfTherapist(me, today);
        int shown = PageOfRows.within(page, PAGE, total);
        List<ClientNeedingAttention> clients =
                trends.needingAttentionOfTherapist(me, today, PageOfRows.firstRow(shown, PAGE), PAGE).stream()
                        .map(row -> needing(row.trend(), row.planStartsOn(), today))
                        .toList();
        audit.viewedEach(
                clients,
                ClientNeedingAttention::getClientId,
                ClientNeedingAttention::getClientName,
                "my day: needs your attention");
        return new PageOfRows<>(clients, shown, PAGE, total);
    }

    private static ClientNeedingAttention needing(ClientTrend trend, LocalDate planStartsOn, LocalDate today) {
        AttentionRule.Attention attention =
                AttentionRule.on(today, trend.flags(), trend.getLastLoggedOn(), planStartsOn);
        return new ClientNeedingAttention(trend.getClientId(), trend.getPlanId(), trend.getClientName(), attention);
    }
}
