package io.reload.protocol.domain;

/** How a loaded lift went in one session. */
public record LiftResult(String liftKey, boolean allSetsPainFree, boolean goodForm) {

    public boolean isClean() {
        return allSetsPainFree && goodForm;
    }
}
