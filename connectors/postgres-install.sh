#!/bin/sh
# Fallback only: the CDC end-to-end test (DeclarationCdcIT) takes PostgreSQL from Maven Central
# (io.zonky.test.postgres). On a platform that has none there, this installs Debian's postgresql
# package (15 on bookworm), found by the test in /usr/lib/postgresql/N/bin (or set SENTINEL_PG_BIN).
# Runs as root or with sudo; does nothing if pg_ctl is already there.
set -eu
if ls /usr/lib/postgresql/*/bin/pg_ctl > /dev/null 2>&1; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql > /dev/null
# the Debian package starts a cluster of its own; the test runs private servers instead
$SUDO service postgresql stop > /dev/null 2>&1 || true
ls /usr/lib/postgresql/*/bin/pg_ctl
