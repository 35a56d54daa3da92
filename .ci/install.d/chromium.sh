#!/usr/bin/env bash
# Debian's Chromium and its WebDriver, for the console's browser tests (console/src/test/.../browser).
set -euo pipefail
if ! command -v chromium > /dev/null 2>&1 || ! command -v chromedriver > /dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver > /dev/null
fi
chromium --version
chromedriver --version
