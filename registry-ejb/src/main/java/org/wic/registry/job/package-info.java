/**
 * Background jobs that run on one instance of the registry at a time, however many instances share
 * the database: each job holds a lease (a row of {@code job_lease}) while it works and renews it;
 * when its instance stops or dies, another takes the job over once the lease has ended.
 */
package org.wic.registry.job;
