package io.reload.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies none = new TrustedProxies("");
    private final TrustedProxies ourProxy = new TrustedProxies(" 10.0.0.5 , 10.0.0.6");

    @Test
    void withoutTrustedProxiesAForwardedHeaderIsIgnored() {
        assertEquals("203.0.113.9", none.clientAddress("203.0.113.9", "198.51.100.1"));
        assertEquals(
                "203.0.113.9", ourProxy.clientAddress("203.0.113.9", "198.51.100.1"), "not from one of our proxies");
    }

    @Test
    void behindOurProxyTheNearestUntrustedHopIsTheClient() {
        assertEquals("198.51.100.1", ourProxy.clientAddress("10.0.0.5", "198.51.100.1"));
        assertEquals(
                "198.51.100.1",
                ourProxy.clientAddress("10.0.0.5", "1.2.3.4, 198.51.100.1"),
                "the client may write anything on the left: the entry our proxy added counts");
        assertEquals(
                "198.51.100.1", ourProxy.clientAddress("10.0.0.5", "198.51.100.1, 10.0.0.6"), "a chain of our proxies");
        assertEquals("10.0.0.5", ourProxy.clientAddress("10.0.0.5", null));
    }

    @Test
    void httpsOnlyFromTheConnectionOrATrustedProxy() {
        assertTrue(none.isHttps(true, "203.0.113.9", null));
        assertFalse(none.isHttps(false, "203.0.113.9", "https"));
        assertTrue(ourProxy.isHttps(false, "10.0.0.5", "HTTPS"));
        assertFalse(ourProxy.isHttps(false, "10.0.0.5", "http"));
        assertFalse(ourProxy.isHttps(false, "203.0.113.9", "https"));
    }
}
