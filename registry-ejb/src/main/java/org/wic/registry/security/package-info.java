/**
 * Who may do what: secretariat and member accounts (passwords hashed with Jakarta Security's
 * PBKDF2), partner API keys (stored as salted hashes), authentication with login throttling, and
 * the {@link org.wic.registry.security.Caller} every use case is told about.
 */
package org.wic.registry.security;
