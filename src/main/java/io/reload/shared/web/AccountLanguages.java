package io.reload.shared.web;

import java.util.Optional;

/**
 * Where the signed-in caller's language choice is kept (the account feature implements it):
 * shared knows no feature, so the page's language asks through this.
 */
public interface AccountLanguages {

    /** The caller's chosen language tag, empty when they chose none. */
    Optional<String> ofCaller();
}
