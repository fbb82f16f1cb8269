/** Accounts over HTTP: who am I, my password, and the secretariat's user administration. */
package org.wic.registry.api.account;
