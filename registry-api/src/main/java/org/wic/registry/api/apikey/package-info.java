/** Partner API keys over HTTP: the secretariat issues (the key shown once), lists and revokes them. */
package org.wic.registry.api.apikey;
