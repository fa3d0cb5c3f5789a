// Offline and installable, in a real browser: after one visit the service worker
// has cached the app and the default pack, so with the network gone (the server
// stopped and the browser set offline) a reload reaches its first frame and a
// practice question works; a new build is picked up on the next load.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppDriver, chromiumArgs, webDir, withFailureCapture } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const cleanups = [];
after(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

// A browser on a fresh profile, pointed at a server of `dir`. The server can be
// stopped outright (`stopServer`), so nothing can reach the network by accident.
async function launch(dir) {
  const { server, url } = await startServer(dir, 0);
  const profile = await mkdtemp(join(tmpdir(), 'dealdojo-offline-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] || (await context.newPage());
  const consoleLines = [], pageErrors = [];
  page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  const app = new AppDriver(page, url, consoleLines, pageErrors);
  let serving = true;
  const stopServer = async () => {
    if (!serving) return;
    serving = false;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  cleanups.push(async () => { await context.close(); await stopServer(); await rm(profile, { recursive: true, force: true }); });
  return { app, page, context, stopServer };
}

// Polls an async condition in the page until it holds. (page.waitForFunction takes
// the promise an async function returns as a truthy answer and stops at once.) A
// navigation during a poll is retried.
async function waitForAsync(page, condition, what, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(condition).catch(() => false)) return;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

// Waits until the service worker controls the page (installed: every file cached).
async function waitForServiceWorker(page) {
  await waitForAsync(page, async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!(registration && registration.active && registration.active.state === 'activated' &&
      navigator.serviceWorker.controller);
  }, 'the service worker to control the page');
}

let current;
const it = (name, body) => test(name, withFailureCapture(() => current, name, body));

it('the manifest is served as a web app manifest and names the app and its icon', async () => {
  const { app, page } = await launch(webDir);
  current = app;
  await app.load();
  const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
  const response = await page.request.get(href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
  const manifest = await response.json();
  assert.equal(manifest.name, 'DealDojo');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.length >= 1);
  const icon = await page.request.get(new URL(manifest.icons[0].src, href).href);
  assert.equal(icon.status(), 200);
});

it('after one visit, loads and works with the network off', async () => {
  const { app, page, context, stopServer } = await launch(webDir);
  current = app;
  await app.load();
  await waitForServiceWorker(page);
  const packOnline = (await app.state()).screen_state.pack.id;
  const version = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('dealdojo-')));
  assert.match(version || '', /^dealdojo-[0-9a-f]{16}$/, 'the cache is named by the build hash');

  await stopServer();
  await context.setOffline(true);
  const navigation = await page.reload();
  assert.ok(navigation && navigation.fromServiceWorker(), 'the page came from the service worker');
  await page.waitForFunction(() => window.dealdojo && window.dealdojo.ready && window.dealdojo.loadedAt !== null,
    null, { timeout: 30000 });
  const firstFrame = await page.evaluate(() => window.dealdojo.firstFrameAt);
  assert.ok(firstFrame > 0, 'the first frame was drawn offline');
  const fatal = await page.evaluate(() => !document.getElementById('fatal').hidden);
  assert.equal(fatal, false, 'no load error');

  // The default pack came from the cache too: a practice question works.
  assert.equal((await app.state()).screen_state.pack.id, packOnline);
  await app.click('nav/practice');
  await app.click('practice/start');
  const s = (await app.state()).screen_state;
  assert.equal(s.phase, 'running');
  await app.click('practice/option/1');
  assert.equal((await app.state()).screen_state.question.options[0].selected, true);
  assert.deepEqual(app.pageErrors, []);
});

it('a new build is picked up on the next load', async () => {
  // A copy of the build that the test can "rebuild": a changed page (the build
  // writes the page scripts into index.html) and a service worker with a new
  // version, as cmake/web_version.cmake writes it.
  const dir = await mkdtemp(join(tmpdir(), 'dealdojo-web-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(webDir, dir, { recursive: true });
  const { app, page } = await launch(dir);
  current = app;
  await app.load();
  await waitForServiceWorker(page);
  assert.equal(await page.evaluate(() => window.dealdojoBuildMark), undefined);

  const pageFile = join(dir, 'index.html');
  await writeFile(pageFile, (await readFile(pageFile, 'utf8'))
    .replace('</body>', '<script>window.dealdojoBuildMark = "v2";</script>\n</body>'));
  const sw = join(dir, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '[^']*'/, "const VERSION = 'feedfacefeedface'"));

  await page.reload();
  // The new worker installs during this load and the page reloads itself once it
  // takes over, so the new build is what the learner sees.
  await page.waitForFunction(() => window.dealdojoBuildMark === 'v2', null, { timeout: 30000 });
  await page.waitForFunction(() => window.dealdojo && window.dealdojo.ready && window.dealdojo.loadedAt !== null,
    null, { timeout: 30000 });
  // The new worker removes the old version's cache when it takes over.
  await waitForAsync(page, async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('dealdojo-'));
    return names.length === 1 && names[0] === 'dealdojo-feedfacefeedface';
  }, 'only the new version\'s cache', 10000);
});
