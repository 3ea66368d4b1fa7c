#!/bin/sh
# Start script of the emulator's sample custom image (seed 003: "cd /home/ma-user/ddp_demo && sh run_ddp.sh").
echo "run_ddp.sh: rank ${RANK}/${WORLD_SIZE} NCCL_DEBUG=${NCCL_DEBUG:-unset} ✓"
exec python3 train.py --steps="${DDP_STEPS:-5}" --step_seconds="${DDP_STEP_SECONDS:-0.3}" "$@"
