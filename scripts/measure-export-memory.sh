#!/usr/bin/env bash
# Measures the heap the members export needs with 20 000 and with 60 000 members, on a running
# registry (./mvnw -Prun, best on an empty data directory with REGISTRY_DEMO_DATA=false). It imports
# generated members through POST /api/v1/imports/members, then downloads members.csv slowly (about
# twenty seconds, through a small receive window, so the server streams under back-pressure) and,
# every half second that a server thread is inside the export's loop (a thread dump shows it), forces
# a full GC and reads the heap left after it: what the export holds on to (its live set), which a
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
  local job
  job=$(curl -sS -f -u "$AUTH" -H 'Content-Type: text/csv' --data-binary @"$WORK/import.csv" "$BASE/api/v1/imports/members" \
        -D - -o /dev/null | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  # an import is a job (202, Location): follow it to its end
  until curl -sS -f -u "$AUTH" "$job" | grep -q '"status":"COMPLETED"'; do
    if curl -sS -f -u "$AUTH" "$job" | grep -q '"status":"FAILED"'; then echo "the import failed: $(curl -sS -u "$AUTH" "$job")" >&2; exit 1; fi
    sleep 0.5
  done
  echo "imported $1 members in $((SECONDS - started)) s"
}

live_heap_kb() { # what is live: a class histogram stops the world for a full GC and counts what is left (its Total line)
  jcmd "$PID" GC.class_histogram | awk '$1 == "Total" {print int($3 / 1024)}'
}

download_slowly() { # members -> the export in $WORK/export.csv, read at about a twentieth of it a second
  python3 - "$BASE" "$AUTH" "$1" "$WORK/export.csv" <<'PY'
import base64, http.client, socket, sys, time, urllib.parse
base, auth, members, target = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
url = urllib.parse.urlsplit(base)

class SmallWindow(http.client.HTTPConnection):
    def connect(self):  # a small receive buffer, set before connecting, keeps the server's writes waiting on this reader
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
        self.sock.connect((url.hostname, url.port or 80))

connection = SmallWindow(url.hostname, url.port or 80)
connection.request("GET", "/api/v1/exports/members.csv", headers={"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()})
answer = connection.getresponse()
assert answer.status == 200, answer.status
pause = 20 / (members * 270 / 16384)  # about twenty seconds for the whole file (some 270 bytes a member)
with open(target, "wb") as out:
    while block := answer.read(16384):
        out.write(block)
        time.sleep(pause)
PY
}

exporting() { # is a request thread inside the export's streaming loop right now?
  jcmd "$PID" Thread.print | grep -q 'ExportResource.lambda\$csv'
}

measure() { # members
  local baseline; baseline=$(live_heap_kb)
  local started=$SECONDS
  download_slowly "$1" &
  local download=$!
  local peak=0 during=0
  while kill -0 "$download" 2> /dev/null; do
    if exporting; then
      local live; live=$(live_heap_kb)
      during=$((during + 1))
      (( live > peak )) && peak=$live
    fi
    sleep 0.5
  done
  wait "$download"
  local rows; rows=$(($(wc -l < "$WORK/export.csv") - 1))
  local what="export of $rows rows ($(du -k "$WORK/export.csv" | cut -f1) KiB in $((SECONDS - started)) s): live heap before $((baseline / 1024)) MiB"
  if (( during == 0 )); then
    echo "$what; the server had written it all before the first sample (it fits in the socket's buffers)"
  else
    echo "$what, highest while the server was writing it $((peak / 1024)) MiB ($during full GCs in the export's loop), $(((peak - baseline) / 1024)) MiB above"
  fi
}

import_members 20000 1
measure 20000
measure 20000
import_members 40000 20001
measure 60000
measure 60000
