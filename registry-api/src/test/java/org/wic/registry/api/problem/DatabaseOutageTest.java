package org.wic.registry.api.problem;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void thePoolFailingToAllocateAConnectionIsAnOutage() {
        var pool = new ResourceAllocationException("Connection could not be allocated", new ConnectException("Connection refused"));
        var chain = new EJBException(new PersistenceException(new SQLException("Error in allocating a connection", pool)));

        assertThat(DatabaseOutage.caused(chain)).isTrue();
    }

    @Test
    void aConnectionExceptionSqlStateIsAnOutage() {
        assertThat(DatabaseOutage.caused(new PersistenceException(new SQLException("refused", "08001")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseOutage.caused(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.caused(new IllegalStateException("bug"))).isFalse();
    }
}
