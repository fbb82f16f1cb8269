package org.wic.registry.persistence;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

    @Test
    void thePoolFailingToAllocateAConnectionIsAnOutage() {
        var pool = new ResourceAllocationException("Connection could not be allocated", new ConnectException("Connection refused"));
        var chain = new EJBException(new PersistenceException(new SQLException("Error in allocating a connection", pool)));

        assertThat(DatabaseFailures.isOutage(chain)).isTrue();
    }

    @Test
    void aConnectionExceptionSqlStateIsAnOutage() {
        assertThat(DatabaseFailures.isOutage(new PersistenceException(new SQLException("refused", "08001")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNoOutage() {
        assertThat(DatabaseFailures.isOutage(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.isOutage(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aConstraintRefusingAWriteIsAnIntegrityViolation() {
        assertThat(DatabaseFailures.isIntegrityViolation(new EJBException(new PersistenceException(new SQLException("duplicate key", "23505"))))).isTrue();
        assertThat(DatabaseFailures.isIntegrityViolation(new PersistenceException(new SQLException("refused", "08001")))).isFalse();
        assertThat(DatabaseFailures.isIntegrityViolation(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aValueTheDatabaseRefusesIsADataError() {
        // PostgreSQL: "invalid byte sequence for encoding UTF8: 0x00"; H2: "Value too long for column"
        assertThat(DatabaseFailures.isDataError(new EJBException(new PersistenceException(new SQLException("invalid byte sequence", "22021"))))).isTrue();
        assertThat(DatabaseFailures.isDataError(new PersistenceException(new SQLException("value too long", "22001")))).isTrue();
        assertThat(DatabaseFailures.isDataError(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.isOutage(new PersistenceException(new SQLException("value too long", "22001")))).isFalse();
    }

    @Test
    void aServerShuttingDownOrOutOfConnectionsIsAnOutage() {
        assertThat(DatabaseFailures.isOutage(new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isOutage(new PersistenceException(new SQLException("too many connections", "53300")))).isTrue();
    }
}
