/** Membership tiers over HTTP: public to read, the secretariat's to create, revise and (de)activate. */
package org.wic.registry.api.tier;
