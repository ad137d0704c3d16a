package io.reload.progress.service;

import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.domain.PageOfRows;
import io.reload.triage.domain.Symptom;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One page of a client's logged sessions, newest first. */
public class HistoryPage extends PageOfRows<HistoryPage.Row> {

    /** An exercise of a session as logged: the load in the plan's unit, as entered. */
    public record ExerciseDone(
            String name,
            Integer sets,
            Integer reps,
            BigDecimal load,
            WeightUnit unit,
            boolean painFree,
            boolean goodForm)
            implements Serializable {}

    /** A session in the history. */
    public record Row(
            long id,
            LocalDate day,
            String phase,
            int before,
            int after,
            int change,
            boolean realChange,
            List<ExerciseDone> done,
            List<Symptom> symptoms,
            List<String> gateTests,
            String note,
            boolean edited)
            implements Serializable {
        public long getId() {
            return id;
        }

        public LocalDate getDay() {
            return day;
        }

        public String getPhase() {
            return phase;
        }

        public int getBefore() {
            return before;
        }

        public int getAfter() {
            return after;
        }

        public int getChange() {
            return change;
        }

        public boolean isRealChange() {
            return realChange;
        }

        public List<ExerciseDone> getDone() {
            return done;
        }

        public List<Symptom> getSymptoms() {
            return symptoms;
        }
        /** The gate tests passed in the session, by their description, in order. */
        public List<String> getGateTests() {
            return gateTests;
        }

        public String getNote() {
            return note;
        }

        public boolean isEdited() {
            return edited;
        }
    }

    public static final int SIZE = 10;

    HistoryPage(List<Row> rows, int page, long total) {
        super(rows, page, SIZE, total);
    }
}
