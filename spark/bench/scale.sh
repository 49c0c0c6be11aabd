#!/usr/bin/env bash
# Scale benchmark: generates ROWS customers (default 10,000,000; six features, six groups) and times
# 'archetype-spark cluster' in local[*] against the desktop engine ('archetype cluster') on the same file and
# settings, whole process each, and prints wall time, peak memory, SSE and the ratios. Run from anywhere:
#   spark/bench/scale.sh [ROWS] [K] [RESTARTS]
# Environment: BENCH_DIR (default /tmp/archetype-scale), SPARK_HEAP and DESKTOP_HEAP (default 8g and 12g).
set -euo pipefail
rows=${1:-10000000}
k=${2:-6}
restarts=${3:-3}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
work=${BENCH_DIR:-/tmp/archetype-scale}
mkdir -p "$work"

[[ -f "$root/target/archetype.jar" ]] || (cd "$root" && mvn -q -B -ntp -DskipTests package)
[[ -f "$here/target/archetype-spark.jar" ]] || mvn -q -B -ntp -f "$here/pom.xml" -DskipTests package
csv="$work/customers-$rows.csv"
if [[ ! -f "$csv" ]]; then
  echo "generating $rows rows in $csv ..." >&2
  java -cp "$here/target/classes" dev.archetype.spark.bench.GeneratedCustomers "$csv.tmp" "$rows" 6 7
  mv "$csv.tmp" "$csv"
fi
echo "data: $csv ($(du -h "$csv" | cut -f1)), k = $k, $restarts restarts, $(nproc) cores" >&2

parquet="$work/customers-$rows.parquet"
if [[ ! -d "$parquet" ]]; then
  echo "writing the same rows as Parquet in $parquet ..." >&2
  java -XX:+IgnoreUnrecognizedVMOptions $(grep -o -- '--add-opens[^ ]*' "$here/bin/archetype-spark" | tr '\n' ' ') \
    -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
    -cp "$here/target/archetype-spark.jar:$here/target/lib/*" dev.archetype.spark.bench.ToParquet "$csv" "$parquet.tmp" 2> "$work/parquet.err" \
    || { cat "$work/parquet.err" >&2; exit 1; }
  mv "$parquet.tmp" "$parquet"
fi

run() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" > "$work/$name.json" 2> "$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
}
ARCHETYPE_SPARK_OPTS="-Xmx${SPARK_HEAP:-8g}" run spark "$here/bin/archetype-spark" cluster "$csv" --k "$k" --restarts "$restarts" --master "local[*]" --json --timings
ARCHETYPE_SPARK_OPTS="-Xmx${SPARK_HEAP:-8g}" run spark-parquet "$here/bin/archetype-spark" cluster "$parquet" --k "$k" --restarts "$restarts" --master "local[*]" --json --timings
run desktop java "-Xmx${DESKTOP_HEAP:-12g}" -jar "$root/target/archetype.jar" cluster "$csv" --k "$k" --restarts "$restarts" --json --timings

python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
def load(name):
    secs, kb = open(f"{w}/{name}.time").read().split()
    return float(secs), int(kb) / 1024, json.load(open(f"{w}/{name}.json"))["sse"]
s, p, d = load("spark"), load("spark-parquet"), load("desktop")
print(f"{'engine':22} {'wall s':>9} {'peak MB':>9} {'SSE':>18}")
for name, (t, mb, sse) in (("spark, CSV", s), ("spark, Parquet", p), ("desktop, CSV", d)):
    print(f"{name:22} {t:9.1f} {mb:9.0f} {sse:18.4f}")
for name, x in (("spark CSV", s), ("spark Parquet", p)):
    print(f"{name} / desktop: time {x[0] / d[0]:.2f}x, memory {x[1] / d[1]:.2f}x, SSE {x[2] / d[2]:.6f}")
PY
echo "per-phase timings: $work/spark.err, $work/spark-parquet.err, $work/desktop.err" >&2
