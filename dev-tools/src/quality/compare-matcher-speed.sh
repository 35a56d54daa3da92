#!/usr/bin/env bash
# Names scored per CPU-second by two builds of the party matcher in one JVM, alternating blocks (docs/benchmarks.md,
# "Party name matching speed"). Usage, from the repository root after `./mvnw -B -q package -pl dev-tools -am -DskipTests`:
#   dev-tools/src/quality/compare-matcher-speed.sh OLD_BUILD NEW_BUILD [BLOCKS [ROUNDS]]
# where a build is a streams-app/target directory (sentinel.jar and lib/), e.g. of a clone checked out at 31787b5
# for party-matcher/1.5. Prints the time and load average before and after, as figures here mean little without them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$root/streams-app/target/sentinel.jar" "$here/matcher-speed/MatcherRounds.java"
javac -d "$classes/driver" -cp "$classes:$root/dev-tools/target/sentinel-dev.jar" "$here/matcher-speed/MatcherSpeedAb.java"
echo "$(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java -Xmx512m -cp "$classes/driver:$root/dev-tools/target/sentinel-dev.jar:$root/dev-tools/target/lib/*" \
  org.heritagesentinel.screening.party.quality.MatcherSpeedAb "$root/../shared/data/name-matching/opensanctions-name-bench.csv" \
  "$classes" "$1" "$2" "${3:-30}" "${4:-100}"
echo "$(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
