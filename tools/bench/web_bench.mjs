// Web build figures: transfer sizes (raw and gzip -9) and time from navigation to
// the first drawn frame in headless Chromium (median of 5 fresh loads).
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { openApp, webDir } from '../../tests/browser/harness.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function sizes() {
  const rows = [];
  let raw = 0, gz = 0;
  for (const file of ['dealdojo.wasm', 'dealdojo.js', 'dealdojo.data', 'dealdojo_page.js', 'index.html', 'dealdojo_page.css']) {
    const path = join(webDir, file);
    const size = (await stat(path)).size;
    const zipped = gzipSync(await readFile(path), { level: 9 }).length;
    raw += size; gz += zipped;
    rows.push([file, size, zipped]);
  }
  rows.push(['total', raw, gz]);
  return rows;
}

async function firstFrameMs() {
  const app = await openApp({ width: 1280, height: 800 });
  try {
    return await app.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return window.dealdojo.firstFrameAt - (nav ? nav.startTime : 0);
    });
  } finally {
    await app.close();
  }
}

console.log('Web build sizes (build/web):');
console.log('  file                  raw          gzip -9');
for (const [file, raw, gz] of await sizes()) {
  console.log(`  ${file.padEnd(20)}  ${kb(raw).padStart(10)}  ${kb(gz).padStart(10)}`);
}
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await firstFrameMs());
runs.sort((a, b) => a - b);
console.log(`Navigation to first frame (headless Chromium, 5 loads): median ${runs[2].toFixed(0)} ms ` +
  `(min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)})`);
