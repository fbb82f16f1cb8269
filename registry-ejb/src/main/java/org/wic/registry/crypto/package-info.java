/** Encryption at rest for values the registry must read back (stored answers, webhook signing secrets). */
package org.wic.registry.crypto;
