#!/usr/bin/env bash
# Validates everything in monitoring/ for real: Prometheus config, alert rules and their unit
# tests (promtool, Debian package prometheus), and the Grafana dashboards (tsc against
# @grafana/schema, and promtool on every panel query). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

if ! command -v promtool >/dev/null 2>&1; then
  step "promtool not found: installing the Debian package prometheus"
  if [ "$(id -u)" -ne 0 ]; then
    echo "need root to run apt-get; install it with: apt-get update && apt-get install -y prometheus" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: the dashboard type-check needs Node.js and npm" >&2
  exit 1
fi
promtool --version 2>&1 | head -n 1

step "promtool check config prometheus.yml (and the rule files it loads)"
promtool check config prometheus.yml

step "promtool check rules rules/sentinel-alerts.yml"
promtool check rules rules/sentinel-alerts.yml

for tests in rules/*.test.yml; do
  step "promtool test rules $tests"
  promtool test rules "$tests"
done

step "dashboards: npm ci (typescript and @grafana/schema, pinned in package-lock.json)"
(cd dashboards-check && npm ci --no-audit --no-fund --silent)

step "dashboards: typed as @grafana/schema Dashboard (tsc --noEmit)"
(cd dashboards-check && node generate.mjs && npx --no-install tsc --noEmit -p .)

step "dashboards: every panel query is valid PromQL (promtool check rules)"
promtool check rules dashboards-check/generated/dashboard-queries.rules.yml

step "monitoring checks passed"
