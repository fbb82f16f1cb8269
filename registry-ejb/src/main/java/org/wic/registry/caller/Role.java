package org.wic.registry.caller;

/** The roles of DESIGN.md: secretariat and member representatives sign in with accounts, partners with API keys. */
public enum Role {
    SECRETARIAT,
    MEMBER,
    PARTNER;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String SECRETARIAT = "SECRETARIAT";
        public static final String MEMBER = "MEMBER";
        public static final String PARTNER = "PARTNER";

        private Names() {
        }
    }
}
