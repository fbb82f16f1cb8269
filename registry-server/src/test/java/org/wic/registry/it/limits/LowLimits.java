package org.wic.registry.it.limits;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/** Rate limits small enough to reach in a test, for one test deployment only (above the server's environment). */
public class LowLimits implements ConfigSource {

    static final int ANONYMOUS = 5;
    static final int ACCOUNT = 7;
    static final int PARTNER = 4;

    private static final Map<String, String> VALUES = Map.of(
            "registry.rate-limit.anonymous", String.valueOf(ANONYMOUS),
            "registry.rate-limit.account", String.valueOf(ACCOUNT),
            "registry.rate-limit.partner", String.valueOf(PARTNER));

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String name) {
        return VALUES.get(name);
    }

    @Override
    public String getName() {
        return "rate-limit-it";
    }

    @Override
    public int getOrdinal() {
        return 1000;
    }
}
