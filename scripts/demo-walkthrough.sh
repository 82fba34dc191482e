#!/usr/bin/env bash
# Walks through each job of a running suite after `./talent demo` published a simulated marketplace
# (ids p-0, f-..., l-0 come from the simulator). Used by ./talent demo; safe to run again.
set -uo pipefail
show() { echo; echo "== $1"; echo "\$ curl $2"; curl -sS --max-time 10 "$2" | head -c "${DEMO_MAX_CHARS:-1200}"; echo; }
post() { echo; echo "== $1"; echo "\$ curl -X POST $2 -d '$3'"; curl -sS --max-time 10 -H 'Content-Type: application/json' -d "$3" "$2" | head -c "${DEMO_MAX_CHARS:-1200}"; echo; }
# The services take in what was published at their own pace (catalogs, keyed state, reactions): wait until the
# reads the walkthrough shows have answers, at most DEMO_SETTLE_SECONDS.
settle() {
  local deadline=$((SECONDS + ${DEMO_SETTLE_SECONDS:-120})) url
  for url in "$@"; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" = 200 ]; do
      [ $SECONDS -ge $deadline ] && { echo "(still settling: $url)"; return 0; }
      sleep 1
    done
  done
}
# Until an answer contains a pattern (the indexes embed each profile with MiniLM as it arrives, which takes a while).
settle_on() {
  local deadline=$((SECONDS + ${DEMO_SETTLE_SECONDS:-120})) url="$1" pattern="$2"
  until curl -s --max-time 5 "$url" | grep -q "$pattern"; do
    [ $SECONDS -ge $deadline ] && { echo "(still settling: $url)"; return 0; }
    sleep 1
  done
}
# Both indexes hold every freelancer once two reads a second apart count the same, non-zero number.
settle_count() {
  local deadline=$((SECONDS + ${DEMO_SETTLE_SECONDS:-120})) url="$1" key="$2" before="" now=""
  while :; do
    now=$(curl -s --max-time 5 "$url" | grep -o "\"$key\":[0-9]*" | head -1 | cut -d: -f2)
    [ -n "$now" ] && [ "$now" != 0 ] && [ "$now" = "$before" ] && return 0
    [ $SECONDS -ge $deadline ] && { echo "(still settling: $url)"; return 0; }
    before="$now"; sleep 2
  done
}
settle "http://localhost:8081/v1/projects/p-0" "http://localhost:8083/v1/projects/p-0/predictions" \
  "http://localhost:8084/v1/learners/l-0/path"
settle_count "http://localhost:8081/v1/projects/p-0/matches?limit=1" candidatesConsidered
settle_count "http://localhost:8082/v1/search?q=&size=1" total
show "matching: the ranked freelancers for project p-0" "http://localhost:8081/v1/projects/p-0/matches?limit=5"
hired=$(curl -s --max-time 10 "http://localhost:8081/v1/projects/p-0" | grep -o '"freelancerId":"[^"]*"' | head -1 | cut -d'"' -f4)
show "search: a Korean recruiter query" "http://localhost:8082/v1/search?q=%EC%84%9C%EC%9A%B8%20React%20%EA%B0%9C%EB%B0%9C%EC%9E%90&limit=3"
show "search: an English recruiter query" "http://localhost:8082/v1/search?q=senior%20Kotlin%20backend%20fintech&limit=3"
show "success: predictions made when p-0 was awarded" "http://localhost:8083/v1/projects/p-0/predictions"
[ -n "$hired" ] && post "success: predict p-0 with its hire at 45,000 KRW/h" "http://localhost:8083/v1/predictions" \
  "{\"projectId\":\"p-0\",\"freelancerId\":\"$hired\",\"agreedRateKrw\":45000}"
show "success: quality of the labelled predictions so far" "http://localhost:8083/v1/predictions/quality"
show "success: the model versions (one replica trains, all serve the promoted one)" "http://localhost:8083/v1/models"
show "tutoring: learner l-0's mastery per skill" "http://localhost:8084/v1/learners/l-0/mastery"
show "tutoring: exercises l-0 should succeed at with probability 0.6-0.8" "http://localhost:8084/v1/learners/l-0/next-exercises?limit=3"
show "tutoring: l-0's learning path towards React" "http://localhost:8084/v1/learners/l-0/learning-path?goal=react"
[ -n "$hired" ] && post "tutoring: a Korean portfolio of $hired (Markdown)" "http://localhost:8084/v1/portfolios" \
  "{\"freelancerId\":\"$hired\",\"language\":\"ko\",\"format\":\"markdown\"}"
post "matching: bad input gets a problem response" "http://localhost:8081/v1/matches" '{"requiredSkills":[{"skillId":"java","minLevel":9}]}'
echo
echo "Swagger UIs: http://localhost:8081/q/swagger-ui  http://localhost:8082/q/swagger-ui  http://localhost:8083/q/swagger-ui  http://localhost:8084/q/swagger-ui"
