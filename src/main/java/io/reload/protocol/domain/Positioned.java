package io.reload.protocol.domain;

/** A part of a template kept in order: phases in a template, prescriptions and gate tests in a phase. */
public interface Positioned {

    int getPosition();

    void setPosition(int position);
}
