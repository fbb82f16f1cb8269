/** Members: numbered for good (WIC-000123), in a tier, with a status and contacts; admitted by approving an application. */
package org.wic.registry.member;
