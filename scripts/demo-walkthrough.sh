#!/usr/bin/env bash
# Calls each service of a running suite after `./talent demo` published a simulated marketplace, and shows
# what each job answers. Used by ./talent demo; safe to run again.
set -uo pipefail
show() { echo; echo "== $1"; echo "\$ curl $2"; curl -sS --max-time 10 "$2" | head -c 1500; echo; }
sleep "${DEMO_SETTLE_SECONDS:-3}"
show "matching: health"         "http://localhost:8081/q/health/ready"
show "search: a recruiter query" "http://localhost:8082/v1/search?q=React%20%EA%B0%9C%EB%B0%9C%EC%9E%90&limit=5"
show "success: health"          "http://localhost:8083/q/health/ready"
show "tutoring: health"         "http://localhost:8084/q/health/ready"
echo
echo "Swagger UIs: http://localhost:8081/q/swagger-ui  http://localhost:8082/q/swagger-ui  http://localhost:8083/q/swagger-ui  http://localhost:8084/q/swagger-ui"
