/**
 * Membership applications: submitted anonymously with a tracking token, reviewed by the
 * secretariat through one state machine ({@link org.wic.registry.application.ApplicationStatus}),
 * flagged when they look like an existing member or open application, and approved into a member
 * in one transaction.
 */
package org.wic.registry.application;
