package io.reload.progress.web;

import io.reload.progress.service.RedFlagAlert;
import io.reload.progress.service.RedFlagService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The staff start page's list of red flags reported with sessions. */
@Named
@RequestScoped
public class RedFlagAlertsBacking {

    @Inject
    RedFlagService redFlags;

    private List<RedFlagAlert> alerts;

    @PostConstruct
    void load() {
        alerts = redFlags.recent();
    }

    public List<RedFlagAlert> getAlerts() { return alerts; }
}
