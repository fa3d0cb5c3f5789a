// Without WebGL 2 the page says so plainly instead of failing silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

test('explains when WebGL 2 is unavailable', async () => {
  const app = await openApp({ extraArgs: ['--disable-webgl2'], waitForApp: false });
  try {
    await app.page.waitForSelector('#fatal:not([hidden])', { timeout: 10000 });
    const message = await app.page.textContent('#fatal');
    assert.match(message, /needs WebGL 2/);
    const loadingHidden = await app.page.evaluate(() => document.getElementById('loading').classList.contains('done'));
    assert.equal(loadingHidden, true);
  } finally {
    await app.close();
  }
});
