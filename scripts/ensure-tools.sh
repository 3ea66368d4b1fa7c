#!/usr/bin/env bash
# Installs what the console needs on a fresh machine of this kind (Node 20 + npm are already there):
# pnpm (pinned), the workspace's dependencies, and with --browser Debian's Chromium for the e2e tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "==> installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

echo "==> installing dependencies"
pnpm install --frozen-lockfile

if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/bin/redis-server ]; }; then
  echo "==> installing Debian chromium, nginx and redis-server"
  SUDO=""
  [ "$(id -u)" = "0" ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium nginx redis-server >/dev/null
fi
if [ "${1:-}" = "--browser" ] && ! command -v python3 >/dev/null 2>&1; then
  echo "python3 is required: the emulator runs training jobs with it" >&2
  exit 1
fi
