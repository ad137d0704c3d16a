package io.reload.testsupport.browser;

/** What a person signs in with; the name is what the portal shows for them. */
public record Credentials(String name, String email, String password) {}
