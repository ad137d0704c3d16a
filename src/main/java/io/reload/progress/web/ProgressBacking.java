package io.reload.progress.web;

import io.reload.progress.service.ProgressService;
import io.reload.progress.service.ProgressView;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import java.io.Serializable;

/** The client's charts. */
@ViewPage
public class ProgressBacking implements Serializable {

    @Inject
    ProgressService progress;

    private ProgressView view;

    public void load() {
        view = progress.myProgress().orElse(null);
    }

    public ProgressView getView() {
        return view;
    }
}
