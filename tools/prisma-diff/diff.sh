#!/usr/bin/env bash
# Writes a new migration offline: npm run db:diff -- <name>
# Compares prisma/migrations with prisma/schema.prisma and stores the SQL difference as
# prisma/migrations/<timestamp>_<name>/migration.sql (nothing is written when they agree).
set -euo pipefail
name="${1:-}"
if [[ ! "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "usage: npm run db:diff -- <name>   (lower-case letters, digits and _)" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$root/tools/prisma-diff"
[ -d "$tool/node_modules/prisma" ] || npm ci --prefix "$tool" --ignore-scripts --no-audit --no-fund
node "$tool/patch-adapter.mjs"
mkdir -p "$tool/.work" "$root/prisma/migrations"
node "$tool/derive-schema.mjs" "$root/prisma/schema.prisma" "$tool/.work/schema.prisma"
[ -f "$root/prisma/migrations/migration_lock.toml" ] || printf '# Do not edit: written for Prisma Migrate.\nprovider = "postgresql"\n' > "$root/prisma/migrations/migration_lock.toml"

# Prisma 6's CLI exits 99 after a successful diff when the PGlite adapter is disposed at shutdown
# (its own log says exitCode 0), so 99 with SQL on stdout and no error on stderr counts as success.
rc=0
sql="$(cd "$tool" && DATABASE_URL="postgresql://offline/unused" PRISMA_HIDE_UPDATE_MESSAGE=1 \
  PRISMA_QUERY_ENGINE_LIBRARY=/bin/true PRISMA_SCHEMA_ENGINE_BINARY=/bin/true CHECKPOINT_DISABLE=1 \
  npx --no-install prisma migrate diff \
    --from-migrations "$root/prisma/migrations" \
    --to-schema-datamodel "$tool/.work/schema.prisma" --script 2>"$tool/.work/stderr")" || rc=$?
if [ "$rc" -ne 0 ] && { [ "$rc" -ne 99 ] || grep -qi error "$tool/.work/stderr"; }; then
  cat "$tool/.work/stderr" >&2
  echo "prisma migrate diff failed (exit $rc)" >&2
  exit 1
fi
if ! grep -qvE '^\s*(--.*)?$' <<<"$sql"; then
  echo "No changes: the migrations already match prisma/schema.prisma."
  exit 0
fi
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "Wrote ${dir#"$root"/}/migration.sql"
