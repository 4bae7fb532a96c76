# Runs inside the fresh root (see check.sh): the README's two commands exactly as written, nothing done by hand.
set -uo pipefail
cd /root/agp
step() { printf '\n==== %s\n' "$*"; }

step "npm run up"
# Its own process group, so stopping it reaches npm, up.sh and both Node processes (a background job of a script
# ignores SIGINT, so it is stopped with SIGTERM, which up.sh handles like Ctrl-C).
setsid npm run up > /root/up.log 2>&1 &
up=$!
for _ in $(seq 1 1200); do
  grep -q 'cand-lin' /root/up.log && break
  kill -0 "$up" 2>/dev/null || break
  sleep 1
done
cat /root/up.log
grep -q 'cand-lin' /root/up.log || { echo "npm run up did not print the demo accounts"; exit 1; }

step "a candidate logs in and signs up for the demo session over HTTP"
node - <<'NODE' || exit 1
const base = 'http://127.0.0.1:3000/api';
const json = { 'content-type': 'application/json' };
(async () => {
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'cand-chen', password: 'Demo#2024' }) });
  const { accessToken } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  const sessions = await (await fetch(`${base}/sessions`, { headers: auth })).json();
  const demo = sessions.find((session) => String(session.code).startsWith('DEMO-'));
  const submit = await fetch(`${base}/me/signups/${demo.id}/submit`, { method: 'POST', headers: { ...auth, ...json }, body: '{}' });
  const again = await fetch(`${base}/me/signups/${demo.id}/submit`, { method: 'POST', headers: { ...auth, ...json }, body: '{}' });
  const health = await fetch(`${base}/health`);
  console.log(`login ${login.status}, submit ${submit.status}, second submit ${again.status}, health ${health.status}`);
  process.exit(login.ok && submit.status === 201 && again.status === 409 && health.status === 200 ? 0 : 1);
})().catch((error) => { console.error(error); process.exit(1); });
NODE

step "stopping npm run up"
kill -TERM -- "-$up"
wait "$up"

step "npm test"
npm test > /root/test.log 2>&1
status=$?
grep -E '^==>|^Tests:|^Test Suites:|^error' /root/test.log
[ "$status" -eq 0 ] || tail -n 60 /root/test.log
exit "$status"
