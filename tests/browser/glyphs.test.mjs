// Every character the app can show has a glyph in its fonts: the text of every
// shipped pack and every string literal of the UI and the core (messages, labels,
// formats) is handed to the running app, which answers with the characters its
// fonts would draw as "?". Arrows such as "→" and "↓" were missing once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, withFailureCapture } from './harness.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function filesUnder(dir, ending) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ending));
    else if (name.endsWith(ending)) out.push(path);
  }
  return out;
}

function jsonStrings(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

// Double-quoted C++ string literals (escapes kept: they are ASCII and always drawable).
function cppStrings(source) {
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]);
}

const texts = [];
for (const pack of ['sales-rep', 'manufacturing', 'example']) {
  for (const f of filesUnder(join(repo, 'content', pack), '.json')) jsonStrings(JSON.parse(readFileSync(f, 'utf8')), texts);
}
for (const dir of ['src/ui', 'src/core', 'src/app']) {
  for (const ending of ['.cpp', '.hpp']) {
    for (const f of filesUnder(join(repo, dir), ending)) texts.push(...cppStrings(readFileSync(f, 'utf8')));
  }
}

let app;
before(async () => { app = await openApp({ width: 800, height: 600 }); });
after(async () => { if (app) await app.close(); });
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

it('every character of every pack text and UI string has a glyph', async () => {
  // Each distinct character once, with an example of where it is used.
  const where = new Map();
  for (const t of texts) for (const ch of t) if (!where.has(ch)) where.set(ch, t.slice(0, 60));
  const all = [...where.keys()].join('');
  assert.ok(where.size > 90, `only ${where.size} distinct characters collected`);
  assert.ok(all.includes('→'), 'an arrow is collected (arrows need the merged maths font)');
  const missing = await app.page.evaluate((text) => window.dealdojo.missingGlyphs(text), all);
  const report = missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(c)}" in "${where.get(String.fromCodePoint(c))}"`);
  assert.deepEqual(report, [], report.join('\n'));
});
