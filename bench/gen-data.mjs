// Writes a dataset of N models (default 1,000) for the benchmark: the real dataset's models
// plus clones of them with new ids, numbered names and aliases, and release dates moved by a
// few days, so it passes the same build-time validation as data/models.json.
//   node bench/gen-data.mjs [N] [out.json]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../tests/e2e/lib/server.mjs';

const n = Number(process.argv[2] ?? 1000);
const out = process.argv[3] ?? join(ROOT, 'target/bench/models-1000.json');
const data = JSON.parse(readFileSync(join(ROOT, 'data/models.json'), 'utf8'));
const real = data.models;

/** Moves an ISO date by `days`, never past the dataset's `as_of` day. */
function shift(iso, days) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const models = [...real];
for (let i = 0; models.length < n; i++) {
  const m = structuredClone(real[i % real.length]);
  const k = Math.floor(i / real.length) + 2;
  m.id = `${m.id}-g${i}`;
  m.name = { ko: `${m.name.ko} 변형 ${k}`, en: `${m.name.en} variant ${k}` };
  m.aliases = m.aliases.map((a) => `${a} v${k}`);
  if (m.ecosystem_graphs) m.ecosystem_graphs = null;
  const date = m.released?.value?.date;
  if (date) m.released.value.date = shift(date, (i * 7) % 300);
  models.push(m);
}
data.models = models;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data, null, 1));
console.log(`${out}: ${models.length} models`);
