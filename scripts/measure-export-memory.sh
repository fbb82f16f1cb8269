#!/usr/bin/env bash
# Measures the heap the members export needs with 2 000 and with 20 000 members, on a running
# registry (./mvnw -Prun, best on an empty data directory with REGISTRY_DEMO_DATA=false). It imports
# generated members through POST /api/v1/imports/members, then downloads members.csv slowly (about
# eight seconds, so the server streams under back-pressure) while it forces a full GC every half
# second and reads the heap left after it: what the export holds on to (its live set), which a
# streamed export keeps flat however many rows there are.
#   REGISTRY_ADMIN_PASSWORD=... scripts/measure-export-memory.sh
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
AUTH="admin:${REGISTRY_ADMIN_PASSWORD:?set REGISTRY_ADMIN_PASSWORD to the admin account password}"
PORT=$(echo "$BASE" | sed -E 's#.*:([0-9]+).*#\1#')
PID=$(ss -Hltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

generate() { # count first-index
  python3 - "$1" "$2" <<'PY'
import sys
count, first = int(sys.argv[1]), int(sys.argv[2])
print("number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,addressCity,"
      "addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary", end="\r\n")
for i in range(first, first + count):
    print(f",Measured Networks {i:06d} Ltd,Measured Networks {i:06d},ENTERPRISE,KE,FULL,ACTIVE,2024-01-01,https://m{i}.example,"
          f"Member {i} of the export memory measurement.,{i} Ngong Road,Nairobi,,00100,KE,Contact {i},Director,"
          f"contact{i}@m{i}.example,+254 20 {i:06d},true", end="\r\n")
PY
}

import_members() { # count first-index
  generate "$1" "$2" > "$WORK/import.csv"
  local started=$SECONDS
  curl -sS -f -u "$AUTH" -H 'Content-Type: text/csv' --data-binary @"$WORK/import.csv" "$BASE/api/v1/imports/members" -o /dev/null
  echo "imported $1 members in $((SECONDS - started)) s"
}

live_heap_kb() { # what is live: a class histogram stops the world for a full GC and counts what is left (its Total line)
  jcmd "$PID" GC.class_histogram | awk '$1 == "Total" {print int($3 / 1024)}'
}

measure() { # members
  local baseline; baseline=$(live_heap_kb)
  local rate=$(( $1 * 270 / 8 ))
  local started=$SECONDS
  curl -sS -f -u "$AUTH" --limit-rate "$rate" "$BASE/api/v1/exports/members.csv" -o "$WORK/export.csv" &
  local download=$!
  local peak=0 samples=0
  while kill -0 "$download" 2> /dev/null; do
    local live; live=$(live_heap_kb)
    samples=$((samples + 1))
    (( live > peak )) && peak=$live
    sleep 0.5
  done
  wait "$download"
  local rows; rows=$(($(wc -l < "$WORK/export.csv") - 1))
  echo "export of $rows rows ($(du -k "$WORK/export.csv" | cut -f1) KiB, $((SECONDS - started)) s at $((rate / 1024)) KiB/s): live heap before $((baseline / 1024)) MiB, highest during the export $((peak / 1024)) MiB ($samples full GCs), $(((peak - baseline) / 1024)) MiB above"
}

import_members 2000 1
measure 2000
measure 2000
import_members 18000 2001
measure 20000
measure 20000
