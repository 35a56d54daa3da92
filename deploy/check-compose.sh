#!/bin/sh
# Offline validation of docker-compose.yml for CI (no Docker engine needed): Compose v1 parses
# and interpolates it with .env.example, every image is pinned to an explicit tag, and every
# connector config the stack posts is valid JSON. Needs Debian's docker-compose (.ci/install.d).
set -eu
cd "$(dirname "$0")/.."
docker-compose --env-file .env.example -f docker-compose.yml config -q
resolved="$(docker-compose --env-file .env.example -f docker-compose.yml config)"
unpinned="$(printf '%s\n' "$resolved" | awk '$1 == "image:" { n = split($2, parts, ":"); if (n < 2 || parts[n] == "latest" || parts[n] ~ /\//) print $2 }')"
if [ -n "$unpinned" ]; then
  echo "images without a pinned tag:" >&2
  printf '%s\n' "$unpinned" >&2
  exit 1
fi
for f in connectors/config/*.json; do
  python3 -m json.tool "$f" > /dev/null
done
for f in connectors/docker/Dockerfile Dockerfile; do
  if grep -E '^FROM' "$f" | grep -Ev '^FROM [^ ]+:[^ ]+( AS [a-z]+)?$' | grep -q .; then
    echo "unpinned base image in $f" >&2
    exit 1
  fi
done
echo "docker-compose.yml: valid, all images pinned"
