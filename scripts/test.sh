#!/usr/bin/env bash
# README command 2: install what is missing (pnpm, dependencies, Chromium) and run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh --browser
exec pnpm test
