#!/usr/bin/env bash
# Start-up time to the first frame of the main window, median of N runs (default 5).
#
#   packaging/measure-startup.sh                                   # java -jar target/archetype.jar
#   packaging/measure-startup.sh target/package/Archetype/bin/Archetype   # the jpackage app image
#   RUNS=9 packaging/measure-startup.sh
#   packaging/measure-startup.sh java -Darchetype.startupProbe=exit -jar target/archetype.jar big.csv   # a file to open
#
# Uses the app's -Darchetype.startupProbe=exit hook (prints ms from process start to first frame,
# then quits). Without a DISPLAY it runs under xvfb-run (apt-get install -y xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
if (( $# == 0 )); then cmd=(java -Darchetype.startupProbe=exit -jar target/archetype.jar)
else cmd=("$@"); export ARCHETYPE_STARTUP_PROBE=exit; fi
wrap=(); [[ -z ${DISPLAY:-} ]] && wrap=(xvfb-run -a -s "-screen 0 1440x900x24")

times=(); datas=()
for ((i = 1; i <= runs; i++)); do
  out=$(timeout 60 "${wrap[@]}" "${cmd[@]}" 2>/dev/null | grep '^startup-probe:' || true)
  line=$(grep -m1 'first frame' <<< "$out" || true)
  ms=$(sed -n 's/.*first frame \([0-9]*\) ms.*/\1/p' <<< "$line")
  data=$(sed -n 's/.*data shown \([0-9]*\) ms.*/\1/p' <<< "$out")
  gap=$(sed -n 's/.*longest FX-thread gap since the first frame \([0-9]*\) ms.*/\1/p' <<< "$out")
  [[ -n $ms ]] || { echo "measure-startup: run $i printed no startup-probe line" >&2; exit 1; }
  cpu=$(sed -n 's/.*(\([0-9-]*\) ms CPU.*/\1/p' <<< "$line")
  times+=("$ms"); datas+=("${data:-0}"); echo "run $i: first frame $ms ms (CPU ${cpu:-?} ms), data shown ${data:-?} ms, longest FX-thread gap ${gap:-?} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
dmedian=$(printf '%s\n' "${datas[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs: first frame $median ms (target < 2500 ms), data shown $dmedian ms; load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
