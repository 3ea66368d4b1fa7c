#!/bin/sh
# Emulator stand-in for the custom-image entry script /home/work/run_train.sh: the real one sets
# up credentials and then runs its arguments. Here it prints the job context and runs them,
# with `python` meaning python3 when no `python` is installed.
echo "[run_train.sh] work dir: $(pwd)"
echo "[run_train.sh] image: ${MA_USER_IMAGE_URL:-none}"
if [ "$1" = "python" ] && ! command -v python >/dev/null 2>&1; then
  shift
  set -- python3 "$@"
fi
exec "$@"
