package io.reload.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The proxies named in configuration (TRUSTED_PROXIES, comma-separated addresses), and what a
 * request says about its client through them. Only a proxy named there may tell who the client
 * is (X-Forwarded-For) or that it was reached over HTTPS (X-Forwarded-Proto): from anyone else
 * those headers are the client's own words, and a sign-in throttle keyed on them would be reset
 * by sending a new value.
 */
public final class TrustedProxies {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final Set<String> addresses;

    public TrustedProxies(String commaSeparated) {
        this.addresses = split(commaSeparated).stream().collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The client's address: the connection's, or behind a trusted proxy the nearest address in
     * X-Forwarded-For that is not one of our proxies (every proxy appends the address it was
     * called from, so the entries to the left of the last untrusted one may be made up).
     */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
    }

    String clientAddress(String connectedFrom, String forwardedFor) {
        if (!addresses.contains(connectedFrom) || forwardedFor == null) {
            return connectedFrom;
        }
        List<String> hops = split(forwardedFor);
        for (int hop = hops.size() - 1; hop >= 0; hop--) {
            if (!addresses.contains(hops.get(hop))) {
                return hops.get(hop);
            }
        }
        return hops.isEmpty() ? connectedFrom : hops.get(0);
    }

    /** Reached over HTTPS: directly, or through a trusted proxy that says so. */
    public boolean isHttps(HttpServletRequest request) {
        return isHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader(FORWARDED_PROTO));
    }

    boolean isHttps(boolean secureConnection, String connectedFrom, String forwardedProto) {
        if (secureConnection) {
            return true;
        }
        return addresses.contains(connectedFrom)
                && forwardedProto != null
                && "https"
                        .equalsIgnoreCase(
                                split(forwardedProto).stream().findFirst().orElse(""));
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null
                ? List.of()
                : Arrays.stream(commaSeparated.split(","))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }
}
