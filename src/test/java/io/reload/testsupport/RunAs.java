package io.reload.testsupport;

/** The emails of the accounts the As<Role> helpers run as; must match payara-web-run-as.xml. */
public final class RunAs {

    public static final String CLIENT = "client@runas.test";
    public static final String THERAPIST = "therapist@runas.test";
    public static final String STAFF = "staff@runas.test";

    private RunAs() {}
}
