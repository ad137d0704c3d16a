package io.reload.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.shared.domain.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorStatusTest {

    @Test
    void aRefusalAnywhereInTheChainIsNotFound() {
        Throwable wrapped = new FacesException(new EJBException(new BusinessException("plan.notFound")));
        assertEquals(Optional.of(ErrorStatus.NOT_FOUND), ErrorStatus.of(wrapped));
    }

    @Test
    void aConnectionExceptionOfTheDatabaseIsUnavailable() {
        assertEquals(
                Optional.of(ErrorStatus.UNAVAILABLE),
                ErrorStatus.of(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
        assertEquals(
                Optional.of(ErrorStatus.UNAVAILABLE),
                ErrorStatus.of(new SQLTransientConnectionException("pool timed out")));
        assertEquals(
                Optional.of(ErrorStatus.UNAVAILABLE),
                ErrorStatus.of(new RuntimeException(new ConnectException("Connection refused"))));
        assertEquals(
                Optional.of(ErrorStatus.UNAVAILABLE),
                ErrorStatus.of(new IllegalStateException("Error in allocating a connection. Cause: refused")));
    }

    @Test
    void otherSqlFailuresAndBugsAreUnexpected() {
        assertEquals(
                Optional.empty(), ErrorStatus.of(new RuntimeException(new SQLException("Duplicate entry", "23000"))));
        assertEquals(Optional.empty(), ErrorStatus.of(new NullPointerException()));
        assertEquals(Optional.empty(), ErrorStatus.of(new SQLException("no state")));
    }
}
