/** Account pages outside the console: choosing a password with an invitation's or a reset's link, and asking for a reset link. */
package org.wic.registry.web.account;
