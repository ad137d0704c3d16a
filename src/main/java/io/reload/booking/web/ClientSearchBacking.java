package io.reload.booking.web;

import io.reload.account.service.ClientDirectory;
import io.reload.account.service.PersonSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Staff find a client to book a screen for them. */
@Named
@RequestScoped
public class ClientSearchBacking {

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
