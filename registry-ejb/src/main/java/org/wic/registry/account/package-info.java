/**
 * Secretariat and member accounts: opening them (a representative's account names its member),
 * passwords (hashed with Jakarta Security's PBKDF2, checked against a policy), sign-in with login
 * throttling per username and client address, and the bootstrap {@code admin}.
 */
package org.wic.registry.account;
