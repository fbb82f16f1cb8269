package org.wic.registry.member;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a membership stands; every change of it records a reason and who made it. Withdrawn and
 * terminated are final: a former member comes back by applying again, under a new number.
 */
public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    /** Left on its own request. */
    WITHDRAWN,
    TERMINATED;

    /** The statuses a member in this one may be moved to. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case ACTIVE -> Set.of(SUSPENDED, WITHDRAWN, TERMINATED);
            case SUSPENDED -> Set.of(ACTIVE, WITHDRAWN, TERMINATED);
            case WITHDRAWN, TERMINATED -> Set.of();
        };
    }

    public boolean canMoveTo(MemberStatus target) {
        return next().contains(target);
    }

    /** {@link #next()} in declaration order, for messages. */
    public List<String> nextNames() {
        return Arrays.stream(values()).filter(next()::contains).map(Enum::name).toList();
    }

    public static Optional<MemberStatus> parse(String name) {
        return Arrays.stream(values()).filter(status -> name != null && status.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
