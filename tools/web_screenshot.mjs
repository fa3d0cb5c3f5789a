// Screenshots of the web build in headless Chromium, for looking at the UI.
// Usage: node tools/web_screenshot.mjs OUT.png [WIDTHxHEIGHT] [widget-to-click ...]
// e.g.   node tools/web_screenshot.mjs build/shots/home-phone.png 390x844
//        node tools/web_screenshot.mjs build/shots/packs.png 1920x1080 nav/packs
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openApp } from '../tests/browser/harness.mjs';

const [out, size = '1280x800', ...clicks] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tools/web_screenshot.mjs OUT.png [WIDTHxHEIGHT] [widget ...]');
  process.exit(2);
}
const [width, height] = size.split('x').map(Number);
const app = await openApp({ width, height });
try {
  for (const name of clicks) await app.click(name);
  await app.nextFrames(3);
  await mkdir(dirname(out), { recursive: true });
  await app.page.screenshot({ path: out });
  console.log(`${out}: ${size}, screen ${(await app.state()).screen}`);
} finally {
  await app.close();
}
