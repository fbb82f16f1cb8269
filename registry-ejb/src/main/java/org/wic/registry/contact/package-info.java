/** The people behind members and applications: who to write to, validated once. */
package org.wic.registry.contact;
