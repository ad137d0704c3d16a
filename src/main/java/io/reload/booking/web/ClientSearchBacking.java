package io.reload.booking.web;

import io.reload.account.service.ClientDirectory;
import io.reload.account.service.PersonSummary;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/** Staff find a client to book a screen for them. */
@ViewPage
public class ClientSearchBacking implements Serializable {

    @Inject
    ClientDirectory clients;

    private String query;
    private List<PersonSummary> found = List.of();

    public void search() {
        found = clients.findClients(query);
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<PersonSummary> getFound() { return found; }
}
