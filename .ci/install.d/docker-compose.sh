#!/usr/bin/env bash
# Debian's Compose v1, for the offline validation of docker-compose.yml (ComposeFileSpec).
set -euo pipefail
if ! command -v docker-compose > /dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose > /dev/null
fi
docker-compose --version
