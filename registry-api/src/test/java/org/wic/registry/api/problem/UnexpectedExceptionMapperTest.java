package org.wic.registry.api.problem;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.wic.registry.api.problem.BodyTooLargeException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedExceptionMapperTest {

    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    @Test
    void aValueTheDatabaseRefusesIsA400() {
        Response answer = mapper.toResponse(new EJBException(new PersistenceException(new SQLException("value too long for column", "22001"))));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("column", "22001");
    }

    @Test
    void anOutageIsA503WithRetryAfter() {
        Response answer = mapper.toResponse(new PersistenceException(new SQLException("terminating connection", "57P01")));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo(Problems.RETRY_AFTER_SECONDS);
    }

    @Test
    void aBodyThatGrewPastItsLimitWhileReadIsA413() {
        assertThat(mapper.toResponse(new EJBException(new RuntimeException(new BodyTooLargeException(1024)))).getStatus()).isEqualTo(413);
    }

    @Test
    void anythingElseIsA500WithAnIncidentOnly() {
        Response answer = mapper.toResponse(new IllegalStateException("bug in org.wic.registry"));

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(((Problem) answer.getEntity()).instance().toString()).startsWith("urn:uuid:");
        assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("org.wic");
    }
}
