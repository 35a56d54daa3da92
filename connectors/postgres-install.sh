#!/bin/sh
# Installs the PostgreSQL server binaries the CDC end-to-end test starts (DeclarationCdcIT):
# Debian's postgresql package (15 on bookworm). The test finds /usr/lib/postgresql/N/bin itself,
# or SENTINEL_PG_BIN. Runs as root (CI) or with sudo; does nothing if pg_ctl is already there.
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
