#!/usr/bin/env bash
# Which deployables a change between two commits touches, as a JSON array for a workflow matrix,
# each with the suffix of its deploy hook secret (RENDER_DEPLOY_HOOK_<hook>):
#   infra/deploy/changed-services.sh <base-sha> <head-sha>
#   [{"module":"api-service","hook":"API_SERVICE"}]
# A service is deployed when its module changed, or anything every service is built from
# (common, the root pom, the Maven wrapper, the service Dockerfile). The gateway bundles the
# dashboard, so a dashboard change deploys it and the static site. With no base (first run, or a
# base not in the history) everything is deployed.
set -euo pipefail
base="${1:-}"
head="${2:-HEAD}"
services=(gateway-service api-service generation-service evaluation-service churn-service
  training-service scheduler-service)
all=("${services[@]}" dashboard)

json() {
  local out="" s hook
  for s in "$@"; do
    hook="$(tr 'a-z-' 'A-Z_' <<<"$s")"
    out+="${out:+,}{\"module\":\"$s\",\"hook\":\"$hook\"}"
  done
  printf '[%s]\n' "$out"
}

if [[ -z "$base" ]] || ! git cat-file -e "$base^{commit}" 2>/dev/null; then
  json "${all[@]}"
  exit 0
fi
changed="$(git diff --name-only "$base" "$head")"
touches() { grep -qE "$1" <<<"$changed"; }

if touches '^(common/|pom\.xml$|mvnw$|\.mvn/|infra/docker/Dockerfile$)'; then
  picked=("${services[@]}")
else
  picked=()
  for s in "${services[@]}"; do
    if touches "^$s/"; then picked+=("$s"); fi
  done
fi
if touches '^dashboard/'; then
  [[ " ${picked[*]} " == *" gateway-service "* ]] || picked=(gateway-service "${picked[@]}")
  picked+=(dashboard)
fi
json "${picked[@]}"
