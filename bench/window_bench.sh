#!/usr/bin/env bash
# window_bench.sh — measure the game window (first frame, memory, idle CPU,
# frame times) under a private Xvfb, with SDL's software renderer and with
# the default one. Prints figures; asserts nothing.
#
#   bench/window_bench.sh [BUILD_DIR] [bench_window options]
#
# BUILD_DIR defaults to build. The Xvfb screen is 3840x2160 so the 4K window
# fits; its display number is the first free one from :60, or $BENCH_DISPLAY.
# Needs Xvfb and xdotool (apt install xvfb xdotool).
set -euo pipefail

build=${1:-build}
[ $# -gt 0 ] && shift
for tool in Xvfb xdotool cmake; do
    command -v "$tool" >/dev/null || { echo "window_bench: $tool is not installed" >&2; exit 1; }
done
cmake --build "$build" --target beside bench_window -j"$(nproc)" >/dev/null

display=${BENCH_DISPLAY:-}
if [ -z "$display" ]; then
    for n in $(seq 60 99); do
        if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
            display=":$n"
            break
        fi
    done
fi
[ -n "$display" ] || { echo "window_bench: no free X display number in :60-:99" >&2; exit 1; }

Xvfb "$display" -screen 0 3840x2160x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done

DISPLAY=$display "$build/bench/bench_window" "$@"
