#!/usr/bin/env bash
# PostgreSQL server binaries for the CDC end-to-end test (connectors/.../DeclarationCdcIT).
set -euo pipefail
cd "$(dirname "$0")/../.."
sh connectors/postgres-install.sh
