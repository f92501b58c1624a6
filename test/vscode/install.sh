#!/usr/bin/env bash
# Installs what the code-server runner (npm run test:e2e) needs, following
# ../shared/REAL-EDITOR.md: Debian packages, then code-server and playwright-core
# into node_modules/.cache/budget-docs-e2e/, never into the extension's own
# dependencies. Under node_modules, it is outside what vsce and npm pack walk
# (vsce lists every other file of the folder, code-server's 9,000 among them,
# before it applies .vscodeignore), and npm ci removes it with the rest.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3
E2E=node_modules/.cache/budget-docs-e2e
export DEBIAN_FRONTEND=noninteractive

missing=()
for pkg in libkrb5-dev ripgrep chromium fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "install.sh: apt-get install ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

installed_version() {
  node -p "require('./$E2E/node_modules/$1/package.json').version" 2>/dev/null || true
}

if [[ "$(installed_version code-server)" != "$CODE_SERVER_VERSION" || -z "$(installed_version playwright-core)" ]]; then
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds
  # the archive; seed the cache with Debian's rg so no internet is needed.
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [[ ! -f "$archive" ]]; then
    d="$(mktemp -d)"
    cp "$(command -v rg)" "$d/rg"
    mkdir -p "$cache"
    tar czf "$archive" -C "$d" rg
    rm -rf "$d"
  fi
  mkdir -p "$E2E"
  # A package.json of its own keeps npm from walking up to the project's.
  [[ -f "$E2E/package.json" ]] || echo '{ "name": "budget-docs-e2e", "private": true }' > "$E2E/package.json"
  echo "install.sh: npm install code-server@$CODE_SERVER_VERSION playwright-core into $E2E/"
  npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-save --no-audit --no-fund --prefix "$E2E" "code-server@$CODE_SERVER_VERSION" playwright-core
fi

test -x "$E2E/node_modules/.bin/code-server" || { echo "install.sh: code-server did not install into $E2E/" >&2; exit 1; }
echo "install.sh: code-server $(installed_version code-server), playwright-core $(installed_version playwright-core), $(chromium --version 2>/dev/null)"
