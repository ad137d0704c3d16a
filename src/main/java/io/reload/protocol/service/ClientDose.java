package io.reload.protocol.service;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.PrescriptionKind;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A prescription's numbers for one client: the dosage as the protocol writes it, and the
 * client's numbers that turn a share of the one-rep max into a load and an amount per kg of
 * body weight into a daily amount. Pages put it in words.
 */
public record ClientDose(
        PrescriptionKind kind, Dosage dosage, BigDecimal oneRepMaxKg, BigDecimal bodyWeightKg, LoadScale loads)
        implements Serializable {}
