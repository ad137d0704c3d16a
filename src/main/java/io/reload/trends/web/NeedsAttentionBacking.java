package io.reload.trends.web;

import io.reload.shared.domain.PageOfRows;
import io.reload.shared.web.ViewPage;
import io.reload.trends.service.AttentionService;
import io.reload.trends.service.ClientNeedingAttention;
import jakarta.inject.Inject;
import java.io.Serializable;

/** My day's "Needs your attention": my clients with a flag or too long without a session, a page at a time. */
@ViewPage
public class NeedsAttentionBacking implements Serializable {

    @Inject
    AttentionService attention;

    private int page;

    private PageOfRows<ClientNeedingAttention> clients;

    public void load() {
        clients = attention.myClientsNeedingAttention(page);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public PageOfRows<ClientNeedingAttention> getClients() {
        return clients;
    }
}
