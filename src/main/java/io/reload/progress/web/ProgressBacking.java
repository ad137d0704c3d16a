package io.reload.progress.web;

import io.reload.progress.service.ProgressService;
import io.reload.progress.service.ProgressView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The client's charts. */
@Named
@RequestScoped
public class ProgressBacking {

    @Inject
    ProgressService progress;

    private ProgressView view;

    @PostConstruct
    void load() {
        view = progress.myProgress().orElse(null);
    }

    public ProgressView getView() { return view; }
}
