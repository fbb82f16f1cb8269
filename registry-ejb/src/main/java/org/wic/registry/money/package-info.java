/** Money: an amount at its currency's scale with an ISO 4217 code; never a floating-point number. */
package org.wic.registry.money;
