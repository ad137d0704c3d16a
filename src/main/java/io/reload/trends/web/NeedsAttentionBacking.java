package io.reload.trends.web;

import io.reload.shared.web.ViewPage;
import io.reload.trends.service.AttentionService;
import io.reload.trends.service.ClientNeedingAttention;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** My day's "Needs your attention": my clients with a flag or too long without a session. */
@ViewPage
public class NeedsAttentionBacking implements Serializable {

    @Inject
    AttentionService attention;

    private List<ClientNeedingAttention> clients;

    public void load() {
        clients = attention.myClientsNeedingAttention();
    }

    public List<ClientNeedingAttention> getClients() {
        return clients;
    }
}
