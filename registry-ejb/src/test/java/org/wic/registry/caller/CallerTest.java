package org.wic.registry.caller;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.NotPermittedException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void requireLetsTheNamedRolesThrough() {
        Caller secretariat = Caller.account("admin", Role.SECRETARIAT, Optional.empty());

        assertThatCode(() -> secretariat.require(Role.SECRETARIAT)).doesNotThrowAnyException();
        assertThatCode(() -> secretariat.require(Role.MEMBER, Role.SECRETARIAT)).doesNotThrowAnyException();
    }

    @Test
    void requireRefusesOtherRolesAndNobodies() {
        assertThatThrownBy(() -> Caller.apiKey("wic_AbCd1234", "Partner").require(Role.SECRETARIAT))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("SECRETARIAT");
        assertThatThrownBy(() -> Caller.anonymous().require(Role.MEMBER)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> Caller.system().require(Role.SECRETARIAT)).isInstanceOf(NotPermittedException.class);
    }
}
