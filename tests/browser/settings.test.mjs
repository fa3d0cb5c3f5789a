// Settings in a real browser: the theme is applied at once and is still chosen
// after the page is loaded again (the learner's save, in IndexedDB); the text
// size changes the layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, withFailureCapture } from './harness.mjs';

let app;
let profileDir;
before(async () => {
  profileDir = await mkdtemp(join(tmpdir(), 'dealdojo-settings-'));
  app = await openApp({ width: 1280, height: 800, profileDir });
});
after(async () => {
  if (app) await app.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});
const it = (name, body) => test(name, withFailureCapture(() => app, name, body));

const settings = async () => (await app.state()).screen_state;

// The colour of the page behind the UI, read from a screenshot's pixel near the
// bottom-left corner (inside the window, below any content).
async function backgroundColour() {
  const png = await app.page.screenshot({ clip: { x: 4, y: 790, width: 1, height: 1 } });
  return app.page.evaluate(async (bytes) => {
    const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, Array.from(png));
}
const brightness = ([r, g, b]) => (r + g + b) / 3;

it('opens Settings from the navigation bar with the light theme', async () => {
  await app.click('nav/settings');
  assert.equal((await app.state()).screen, 'settings');
  const s = await settings();
  assert.equal(s.theme, 'light');
  assert.equal(s.text_scale_percent, 100);
  assert.equal((await app.state()).theme, 'light');
  assert.ok(brightness(await backgroundColour()) > 200, 'a light page');
});

it('switches to the dark and high-contrast themes at once', async () => {
  await app.click('settings/theme/high-contrast');
  assert.equal((await settings()).theme, 'high-contrast');
  assert.equal((await app.state()).theme, 'high-contrast');
  assert.ok(brightness(await backgroundColour()) < 10, 'a black page');
  await app.click('settings/theme/dark');
  assert.equal((await app.state()).theme, 'dark');
  const dark = brightness(await backgroundColour());
  assert.ok(dark < 60, `a dark page (${dark})`);
});

it('the text size changes the layout', async () => {
  const before = await app.widget('settings/sample-text');
  const navBefore = await app.widget('nav/home');
  await app.click('settings/text-scale/150');
  assert.equal((await settings()).text_scale_percent, 150);
  await app.nextFrames(3);
  const after = await app.widget('settings/sample-text');
  const navAfter = await app.widget('nav/home');
  assert.ok(after.h > before.h * 1.3, `the text is taller: ${before.h} -> ${after.h}`);
  assert.ok(navAfter.w > navBefore.w * 1.2, `buttons grow with their labels: ${navBefore.w} -> ${navAfter.w}`);
  await app.click('settings/text-scale/115');
  assert.equal((await settings()).text_scale_percent, 115);
});

it('keeps the chosen theme and text size after a reload of the same profile', async () => {
  // Saving is asynchronous (IndexedDB): give it a moment, then load the page again.
  await new Promise((r) => setTimeout(r, 1500));
  await app.load();
  // The save is read from IndexedDB once the app starts; wait for it to apply.
  await app.page.waitForFunction(() => window.dealdojo.state().theme === 'dark', null, { timeout: 10000 })
    .catch(() => {});
  assert.equal((await app.state()).theme, 'dark', 'the dark theme is back after the reload');
  await app.click('nav/settings');
  const s = await settings();
  assert.equal(s.theme, 'dark');
  assert.equal(s.text_scale_percent, 115);
  assert.ok(brightness(await backgroundColour()) < 60, 'drawn dark');
});
