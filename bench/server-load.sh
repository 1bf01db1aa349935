#!/usr/bin/env bash
# Server load test (figures for docs/benchmarks.md, not a unit test): search p95 and event page p95 over a
# bench store of N documents. Targets: search p95 < 50 ms, event page p95 < 100 ms.
#
#   bench/server-load.sh                       # reuses $WORK/bench.db if present, else builds it (100,000 docs)
#   DOCS=20000 WORK=/tmp/rb20 bench/server-load.sh
#   REBUILD=1 bench/server-load.sh             # rebuild the store first
#
# Needs wrk (apt-get install -y wrk) for the figures; without it, a sequential curl loop is used (p95 of
# single requests, no concurrency). Knobs: PORT, THREADS, CONNECTIONS, DURATION and WARMUP (wrk), SAMPLES (curl).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-/tmp/rb}
DOCS=${DOCS:-100000}
PORT=${PORT:-5077}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-30s}
SAMPLES=${SAMPLES:-500}
WARMUP=${WARMUP:-20s}
DB=$WORK/bench.db
BASE=http://127.0.0.1:$PORT
SCRATCH=$(mktemp -d)

if [ ! -f "$DB" ] || [ "${REBUILD:-0}" = 1 ]; then
    echo "== building the bench store: $DOCS documents into $DB"
    dotnet run -c Release --project bench/Readout.Bench -- --docs "$DOCS" --work "$WORK"
fi

echo "== starting readout serve over $DB"
dotnet build -c Release src/Readout.Cli -v quiet -nologo >/dev/null
dotnet src/Readout.Cli/bin/Release/net10.0/Readout.Cli.dll serve --db "$DB" --urls "$BASE" >"$SCRATCH/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
for _ in $(seq 1 120); do
    curl -fs "$BASE/api/events?pageSize=1" >/dev/null && break
    sleep 0.5
done
curl -fs "$BASE/api/events?pageSize=1" >/dev/null || { cat "$SCRATCH/serve.log"; exit 1; }
# The server compares the events with the most sources in the background after start-up: wait for it, so the
# figures are those of a server in service, not of its first minute.
for _ in $(seq 1 600); do
    grep -q "Compared .* events" "$SCRATCH/serve.log" && break
    sleep 1
done
grep -h "Compared .* events" "$SCRATCH/serve.log" || echo "(comparison warm-up not finished)"
# Searches use FTS5 until the Lucene index beside the store has caught up (the first start over a store builds it).
for _ in $(seq 1 600); do
    grep -q "Search index holds\|searching with FTS5" "$SCRATCH/serve.log" && break
    sleep 1
done
grep -h "Search index holds\|searching with FTS5" "$SCRATCH/serve.log" || echo "(search index not caught up)"

# Event ids: every 10th page of 200 (a spread over the store), and those with several sources apart
# (their pages carry the claims matrix, so the comparison stage runs: the expensive case).
python3 - "$BASE" "$SCRATCH" <<'PY'
import json, sys, urllib.request
base, scratch = sys.argv[1], sys.argv[2]
get = lambda p: json.load(urllib.request.urlopen(base + p))
total = get("/api/events?pageSize=1")["total"]
ids, multi = [], []
for page in range(1, total // 200 + 2, 10):
    for e in get(f"/api/events?pageSize=200&page={page}")["items"]:
        ids.append(e["id"])
        if len(e["documents"]) > 1:
            multi.append(e["id"])
for page in range(1, 6):  # a few more pages for multi-source events
    for e in get(f"/api/events?pageSize=200&page={page * 7}")["items"]:
        if len(e["documents"]) > 1 and e["id"] not in multi:
            multi.append(e["id"])
open(f"{scratch}/events.txt", "w").write("\n".join(f"/events/{i}" for i in ids) + "\n")
open(f"{scratch}/multi.txt", "w").write("\n".join(f"/events/{i}" for i in multi) + "\n")
print(f"{total} events in the store; {len(ids)} event pages sampled, {len(multi)} with several sources")
PY

# Search terms: names, places, topics and common words the bench corpus carries.
for q in valkov larcombe reinholt treaty minister "foreign+minister" talks "arms+control" embassy strait \
         election president government police court economy "prime+minister" meeting statement agreement \
         visit security nuclear trade summit sanctions ceasefire; do
    echo "/search?q=$q"
done >"$SCRATCH/search.txt"

# Narrowed searches, as a click on a facet makes them: for a few of the queries, the top person/organisation,
# the top topic and the busiest publication month of their results.
python3 - "$BASE" "$SCRATCH" <<'PY'
import calendar, json, sys, urllib.parse, urllib.request
base, scratch = sys.argv[1], sys.argv[2]
paths = []
for q in ["valkov", "treaty", "minister", "president", "police", "statement", "security", "trade", "summit"]:
    facets = json.load(urllib.request.urlopen(f"{base}/api/search?q={q}&pageSize=1"))["facets"]
    if facets["entities"]:
        paths.append(f"/search?q={q}&entity=" + urllib.parse.quote(facets["entities"][0]["value"]))
    if facets["topics"]:
        paths.append(f"/search?q={q}&topic=" + urllib.parse.quote(facets["topics"][0]["value"]))
    if facets["months"]:
        year, month = map(int, max(facets["months"], key=lambda m: m["count"])["value"].split("-"))
        paths.append(f"/search?q={q}&from={year:04}-{month:02}-01&to={year:04}-{month:02}-{calendar.monthrange(year, month)[1]:02}")
open(f"{scratch}/narrowed.txt", "w").write("\n".join(paths) + "\n")
print(f"{len(paths)} narrowed searches (entity, topic, month facets)")
PY

cat >"$SCRATCH/paths.lua" <<'LUA'
-- Cycles through the paths in the file named by PATHS; prints latency percentiles in ms at the end.
local paths, i = {}, 0
for line in io.lines(os.getenv("PATHS")) do if #line > 0 then paths[#paths + 1] = line end end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local ms = function(us) return string.format("%.1f", us / 1000) end
  io.write(string.format("requests %d, errors %d, non-2xx %d; p50 %s ms, p90 %s ms, p95 %s ms, p99 %s ms, max %s ms; %.0f req/s\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max),
    summary.requests / (summary.duration / 1e6)))
end
LUA

measure() {
    local name=$1 file=$2
    if command -v wrk >/dev/null; then
        # Warm-up (JIT, page cache): tiered compilation takes ~1,500 searches to settle, and the first ones cost
        # 2-3x the CPU of later ones; 5 s left that inside the measured run.
        PATHS=$file wrk -t1 -c2 -d"$WARMUP" -s "$SCRATCH/paths.lua" "$BASE" >/dev/null
        echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
        local cpu0 result
        cpu0=$(server_cpu)
        result=$(PATHS=$file wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$SCRATCH/paths.lua" "$BASE" | tail -1)
        echo "$result"
        # The server's CPU time per request (user + system, from /proc): unlike latency, little moved by other load.
        echo "$result" | awk -v cpu="$(( $(server_cpu) - cpu0 ))" -v hz="$(getconf CLK_TCK)" \
            '{ n = $2 + 0; if (n > 0) printf "   server CPU %.2f ms per request (%.1f s over %d requests)\n", cpu * 1000 / hz / n, cpu / hz, n }'
    else
        echo "== $name: sequential curl, $SAMPLES requests (wrk not installed)"
        mapfile -t paths <"$file"
        for n in $(seq 1 "$SAMPLES"); do
            curl -s -o /dev/null -w '%{time_total}\n' "$BASE${paths[$(( (n - 1) % ${#paths[@]} ))]}"
        done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "requests %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", NR, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR] }'
    fi
}

server_cpu() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }

# Server-side time of the search alone (the Server-Timing header), one request at a time: the share of the
# latency that is the store's, apart from queueing on a loaded machine.
server_timing() {
    local file=$1
    for _ in 1 2 3; do
        while read -r path; do
            curl -s -o /dev/null -D - "$BASE$path" | tr -d '\r' | sed -n 's/^[Ss]erver-[Tt]iming: search;dur=//p'
        done <"$file"
    done | sort -n | awk -v name="$(basename "$file" .txt)" '{ t[NR] = $1 } END { printf "== search (" name "), server-side (Server-Timing), %d sequential requests: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", NR, t[int(NR*0.5)], t[int(NR*0.95)], t[NR] }'
}

echo "== store: $(python3 -c "import json,urllib.request;print(json.load(urllib.request.urlopen('$BASE/api/documents?pageSize=1'))['total'])") documents"
measure "search (/search?q=…, $(wc -l <"$SCRATCH/search.txt") queries)" "$SCRATCH/search.txt"
server_timing "$SCRATCH/search.txt"
measure "narrowed search (a facet picked: entity, topic or month)" "$SCRATCH/narrowed.txt"
server_timing "$SCRATCH/narrowed.txt"
measure "event pages (spread over the store)" "$SCRATCH/events.txt"
measure "event pages with several sources (claims matrix)" "$SCRATCH/multi.txt"
