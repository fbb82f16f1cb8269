/** Applications over HTTP: anonymous submission and tracking with X-Tracking-Token, the secretariat's review. */
package org.wic.registry.api.application;
