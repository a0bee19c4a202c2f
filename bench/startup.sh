#!/usr/bin/env bash
# Start-up time and resident memory of the production jar: median of N starts (default 5).
# Usage: bench/startup.sh [N]   (after ./mvnw package; needs JAVA_HOME pointing at JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
jar=app/target/praxis.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw package" >&2; exit 1; }
port=18080
times=(); rss=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  PRAXIS_DATA_DIR="$data" PRAXIS_ADMIN_PASSWORD=benchmark-password-123 \
    "$java" --add-modules jdk.incubator.vector -jar "$jar" --server.port=$port > "$data/log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$data/log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  curl -sf "http://localhost:$port/login" > /dev/null   # one page rendered, as a user would
  sleep 2
  times+=($(( (end - start) / 1000000 )))
  rss+=($(awk '/VmRSS/ {print $2}' /proc/$pid/status))
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "starts: $runs"
echo "time to healthy (ms): ${times[*]}  median $(median "${times[@]}")"
echo "resident memory after first page (MiB): $(for r in "${rss[@]}"; do echo $((r/1024)); done | tr '\n' ' ') median $(( $(median "${rss[@]}") / 1024 ))"
