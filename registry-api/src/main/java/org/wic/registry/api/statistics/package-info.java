/** Statistics over HTTP: the public membership figures and the secretariat's application figures. */
package org.wic.registry.api.statistics;
