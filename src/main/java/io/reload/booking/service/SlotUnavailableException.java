package io.reload.booking.service;

import io.reload.booking.domain.SlotProblem;
import io.reload.shared.domain.BusinessException;

/** The chosen time cannot be booked; the message says why (past, taken, outside hours ...). */
public class SlotUnavailableException extends BusinessException {

    private final SlotProblem problem;

    public SlotUnavailableException(SlotProblem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public SlotProblem getProblem() {
        return problem;
    }
}
