#!/usr/bin/env bash
# The cluster's load balancer is Debian's HAProxy (./mvnw -Pcluster, ./mvnw verify -Pcluster-tests).
# Installs it with apt when it is missing (as root, as on the project's machines and CI); otherwise
# says what to do.
set -euo pipefail
if [ -x /usr/sbin/haproxy ] || command -v haproxy >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The cluster needs HAProxy: apt-get install haproxy (as root)." >&2
  exit 1
fi
echo "== installing haproxy for the cluster"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q haproxy >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q haproxy; }
