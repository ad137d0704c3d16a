package io.reload.shared.security;

/** Role names as the container knows them (groups map 1:1 to roles). */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String THERAPIST = "THERAPIST";
    public static final String STAFF = "STAFF";

    private Roles() {}
}
