#!/usr/bin/env bash
# Builds the evaluation sets of the party-name quality harness (docs/quality.md, "Evaluation sets") into
# dev-tools/target/name-sets/ from public packages: the npm packages arabic-name-to-en (ISC) and
# cyrillic-to-translit-js (MIT), fetched with `npm pack`, and Debian's hunspell-uk dictionary (MPL/LGPL), installed
# with apt-get when missing. Nothing derived from them is committed; run this once before the harness.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../target/name-sets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ! -f /usr/share/hunspell/uk_UA.dic ]; then
  apt-get install -y -q hunspell-uk >&2
fi
(cd "$work" && npm pack --silent arabic-name-to-en@1.0.6 cyrillic-to-translit-js@3.2.1 >/dev/null)
for package in arabic-name-to-en cyrillic-to-translit-js; do
  mkdir -p "$work/$package" && tar xzf "$work/$package"-*.tgz -C "$work/$package"
done
node "$here/make-name-sets.js" "$work" /usr/share/hunspell/uk_UA.dic "$out"
