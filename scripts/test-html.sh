#!/usr/bin/env bash
# The HTML pages in a real browser: `attache show` on the seed articles'
# document records and `attache eval --html` on the seeds' gold, loaded in
# headless Chromium (Debian's package) driven by playwright-core (npm, into
# scripts/html-check/node_modules, ignored by git). Fails on any console
# error or fetch; checks the entity marks, event arrows (each from its
# actor's mention to its recipient's), type filter, paging, label toggles,
# search, escaping, heat map and bars; leaves screenshots in
# target/html-check/*.png for a person to look at.
#
# ATTACHE: the binary [default: target/release/attache, built here].
# CHROMIUM: the browser [default: /usr/bin/chromium, apt-get installed].
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM
if [ ! -d scripts/html-check/node_modules/playwright-core ]; then
    (cd scripts/html-check && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ -z "${ATTACHE:-}" ]; then
    cargo build --release
    ATTACHE=target/release/attache
fi
out=target/html-check
rm -rf "$out"
mkdir -p "$out"

"$ATTACHE" extract seeds/ -q -o "$out/seeds.events.jsonl" --docs "$out/seeds.docs.jsonl"
# Two articles a page, so the four seeds make two pages.
"$ATTACHE" show "$out/seeds.docs.jsonl" --page-size 2 -o "$out/seeds.html"
# An article whose text is markup and a closing script tag.
node -e '
const text = "Japan and </script><script>window.__pwned=1</script> <b>bold</b> & <!-- Laos --> met.";
console.log(JSON.stringify({id: "x</script>", text, entities: [{start: 0, end: 5, label: "GPE"}],
  events: [{event_type: "CONSULT", trigger: {text: "met", start: text.length - 4, end: text.length - 1},
            actor: [{text: "Japan", start: 0, end: 5, name: "Japan", country: "JPN"}], recipient: []}]}));
' >"$out/hostile.docs.jsonl"
"$ATTACHE" show "$out/hostile.docs.jsonl" -o "$out/hostile.html"
node scripts/html-check/check.mjs docs "$out/seeds.html" "$out/seeds.docs.jsonl" 2 "$out/hostile.html" "$out"
# A thousand articles (the seeds' records, renamed) must still open fast.
node -e '
const fs = require("fs");
const recs = fs.readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const out = [];
for (let i = 0; out.length < 1000; i++) {
  const r = structuredClone(recs[i % recs.length]);
  r.id = r.id + "-" + Math.floor(i / recs.length);
  for (const e of r.events) e.id = r.id + e.id.slice(e.id.lastIndexOf(":"));
  out.push(JSON.stringify(r));
}
fs.writeFileSync(process.argv[2], out.join("\n") + "\n");
' "$out/seeds.docs.jsonl" "$out/many.docs.jsonl"
"$ATTACHE" show "$out/many.docs.jsonl" -o "$out/many.html"
node scripts/html-check/check.mjs time "$out/many.html"

"$ATTACHE" eval --gold tests/data/gold --pred "$out/seeds.events.jsonl" --docs "$out/seeds.docs.jsonl" \
    --html "$out/eval.html" >"$out/eval.txt"
"$ATTACHE" eval --gold tests/data/gold --pred "$out/seeds.events.jsonl" --docs "$out/seeds.docs.jsonl" \
    --json >"$out/eval.json"
node scripts/html-check/check.mjs eval "$out/eval.html" "$out/eval.json" "$out"
echo "screenshots: $out/*.png"
