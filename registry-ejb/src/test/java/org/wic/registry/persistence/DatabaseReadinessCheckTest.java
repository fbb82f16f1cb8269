package org.wic.registry.persistence;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseReadinessCheckTest {

    @Test
    void upWhileTheDatabaseAnswers() {
        HealthCheckResponse response = new DatabaseReadinessCheck(dataSource(true)).call();

        assertThat(response.getName()).isEqualTo("database");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void downWhenAConnectionIsNotValid() {
        assertThat(new DatabaseReadinessCheck(dataSource(false)).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void downWithoutDetailsWhenTheDatabaseIsUnreachable() {
        DataSource unreachable = proxy(DataSource.class, (method, args) -> {
            throw new SQLException("Connection to 127.0.0.1:5432 refused");
        });

        HealthCheckResponse response = new DatabaseReadinessCheck(unreachable).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).isEmpty();
    }

    private static DataSource dataSource(boolean valid) {
        Connection connection = proxy(Connection.class, (method, args) -> switch (method) {
            case "isValid" -> valid;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
        return proxy(DataSource.class, (method, args) -> connection);
    }

    interface Answer {
        Object answer(String method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
