#!/usr/bin/env bash
# Cold-start wall-clock times, JVM start included: each case run N times (default 10), min and median.
#
# usage (from the project's root, after `mvn -DskipTests package` and/or `mvn -Pdist -DskipTests package`):
#   bench/coldstart.sh [--runs N] [--only jar|image] [--cases check,render,app,applog]
# Prints the wall clock's min and median and the median CPU time (user + system) per case. Cases:
#   check   spacetime check of a 1,000,000-event JSON (64 processes, 400,000 messages)
#   render  spacetime render examples/lamport-figure1.json f.png
#   app     the window on Figure 1 up to its first painted frame (--timing)
#   applog  the window on a 100,000-event ShiViz log (16 processes) up to its first painted frame
# "jar" is target/spacetime.jar with the java on the PATH; "image" is target/dist/Spacetime. The window
# needs a display: without DISPLAY the script starts Xvfb (xvfb and libgtk-3-0 installed), or skips it.
# The big inputs are made once by `generate` into target/bench-data. The machine's load is printed before
# and after: on a shared machine, read the minimum.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10 only="" cases="check,render,app,applog"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

jar=target/spacetime.jar image=target/dist/Spacetime
data=target/bench-data out=$(mktemp -d)
trap 'rm -rf "$out"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; true' EXIT

# The command lines of each build, as a student would type them.
cli_of() { if [ "$1" = jar ]; then echo "java -jar $jar"; else echo "$image/bin/spacetime"; fi; }
app_of() { if [ "$1" = jar ]; then echo "java -cp $jar dev.spacetime.app.Main"; else echo "$image/bin/Spacetime"; fi; }

builds=()
[ "$only" != image ] && [ -f "$jar" ] && builds+=(jar)
[ "$only" != jar ] && [ -x "$image/bin/spacetime" ] && builds+=(image)
[ ${#builds[@]} -gt 0 ] || { echo "nothing to measure: build target/spacetime.jar or target/dist first" >&2; exit 1; }

mkdir -p "$data"
generator=$(cli_of "${builds[0]}")
[ -f "$data/1m.json" ] || $generator generate --processes 64 --events 1000000 --messages 400000 "$data/1m.json" >/dev/null
[ -f "$data/100k.log" ] || $generator generate --processes 16 --events 100000 --messages 40000 "$data/100k.log" >/dev/null

if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  for n in $(seq 90 130); do
    if [ ! -e /tmp/.X11-unix/X$n ] && [ ! -e /tmp/.X$n-lock ]; then
      Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
      export DISPLAY=":$n"; sleep 1; break
    fi
  done
fi

# Prints "min median cpu" in ms of running "$@" $runs times: the wall clock's minimum and median, and
# the median of the CPU time (user + system, all threads), which a busy machine disturbs less.
measure() {
  local times=() cpus=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    { TIMEFORMAT='%U %S'; time "$@" >"$out/log" 2>&1 || { echo "failed: $*" >&2; cat "$out/log" >&2; exit 1; }; } 2>"$out/cpu"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    cpus+=($(awk '{ printf "%d", ($1 + $2) * 1000 }' "$out/cpu"))
  done
  local wall cpu
  wall=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%d %d", t[1], m }')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%d", m }')
  echo "$wall $cpu"
}

echo "load before: $(uptime)"
printf '%-7s %-7s %9s %11s %15s\n' build case "min ms" "median ms" "median cpu ms"
for b in "${builds[@]}"; do
  cli=$(cli_of "$b") app=$(app_of "$b")
  for c in ${cases//,/ }; do
    case "$c" in
      check) r=$(measure $cli check "$data/1m.json") ;;
      render) r=$(measure $cli render examples/lamport-figure1.json "$out/f.png") ;;
      app|applog)
        if [ -z "${DISPLAY:-}" ]; then echo "$b $c: skipped, no display (install xvfb and libgtk-3-0)"; continue; fi
        file=examples/lamport-figure1.json; [ "$c" = applog ] && file=$data/100k.log
        r=$(measure $app --timing "$file") ;;
      *) echo "unknown case $c" >&2; exit 2 ;;
    esac
    printf '%-7s %-7s %9s %11s %15s\n' "$b" "$c" $r
  done
done
echo "load after: $(uptime)"
