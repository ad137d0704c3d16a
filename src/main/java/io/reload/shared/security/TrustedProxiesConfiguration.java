package io.reload.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** TRUSTED_PROXIES (environment) or -Dtrusted.proxies: none by default, so no forwarded header counts. */
@ApplicationScoped
class TrustedProxiesConfiguration {

    @Inject
    @ConfigProperty(name = "trusted.proxies")
    Optional<String> trustedProxies;

    // @Singleton, not @ApplicationScoped: TrustedProxies has no no-arg constructor to proxy.
    @Produces
    @Singleton
    TrustedProxies trustedProxies() {
        return new TrustedProxies(trustedProxies.orElse(""));
    }
}
