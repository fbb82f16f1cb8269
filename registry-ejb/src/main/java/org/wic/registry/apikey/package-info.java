/** Partner systems' API keys: issued once in clear, stored only as salted hashes, revoked by the secretariat. */
package org.wic.registry.apikey;
