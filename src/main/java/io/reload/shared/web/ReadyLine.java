package io.reload.shared.web;

import io.reload.shared.persistence.DemoDataSwitch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One clear line in the log when the portal is up: where to open it and on what data. */
@ApplicationScoped
public class ReadyLine {

    private static final Logger LOG = Logger.getLogger(ReadyLine.class.getName());

    @Inject
    @ConfigProperty(name = "base.url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Inject
    DemoDataSwitch demoData;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        LOG.info(() -> "Reload is ready: open " + baseUrl + " (" + demoData.describeDatabase()
                + (demoData.isOn() ? ", with demo data" : ", no demo data") + ")");
    }
}
