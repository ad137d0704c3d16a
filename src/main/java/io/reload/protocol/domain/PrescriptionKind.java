package io.reload.protocol.domain;

/**
 * What a prescription is, which decides which of its numbers apply: a loaded lift works from
 * a share of the one-rep max, water and protein from body weight, the rest from sets, reps,
 * minutes and how often.
 */
public enum PrescriptionKind {
    EXERCISE,
    LIFT,
    INSTRUCTION,
    WATER,
    PROTEIN,
    WARMUP,
    TECHNIQUE
}
