#!/usr/bin/env bash
# Installs (Debian packages) and starts what the tests use: a PostgreSQL server on
# 127.0.0.1:5432 with role/database "stancemap", and headless Chromium for browser tests.
# Idempotent: safe to run again; does nothing that is already done.
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "services: installing ${need[*]} (Debian packages)" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then
  $SUDO pg_createcluster "$ver" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^$ver main .* online"; then
  $SUDO pg_ctlcluster "$ver" main start
fi
for _ in $(seq 1 30); do
  $SUDO -u postgres true 2>/dev/null || true
  if su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" 2>/dev/null; then break; fi
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='stancemap'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE stancemap LOGIN SUPERUSER PASSWORD 'stancemap'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='stancemap'\"" | grep -q 1 \
  || su postgres -c "createdb -O stancemap stancemap"
echo "services: postgresql://stancemap:stancemap@127.0.0.1:5432/stancemap ready; chromium at $(command -v chromium)" >&2
