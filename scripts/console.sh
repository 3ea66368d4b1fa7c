#!/usr/bin/env bash
# README command 1: install what is missing, build the web app, start the emulator and the BFF.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
exec pnpm start
