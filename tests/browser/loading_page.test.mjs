// The page before the app draws: its stylesheet and scripts are written into
// index.html by the build (cmake/web_page.cmake), so it asks the server for the app's
// files alone; dealdojo.js asks V8 to compile all of it off the main thread; and its
// loading card shows no text for the first second (laying out the first text sets up
// the browser's fonts), then its title and progress if the app is still loading.
// The wasm is fetched by the page script rather than preloaded, has no giant function
// for V8 to compile and optimise, and the loading bar counts its bytes on their way to
// the compiler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp, webDir } from './harness.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('the page asks for the app\'s files alone: its stylesheet and scripts are in index.html', async () => {
  const asked = [];
  const app = await openApp({
    beforeLoad: (page) => page.on('request', (request) => asked.push(new URL(request.url()).pathname)),
  });
  try {
    // The fonts are in the wasm (cmake/assets.cmake): no dealdojo.data.
    const own = ['/', '/dealdojo.js', '/dealdojo.wasm', '/dealdojo_content.data',
      '/dealdojo_content.json', '/icon.svg', '/manifest.webmanifest', '/sw.js'];
    const others = asked.filter((path) => !own.includes(path));
    assert.deepEqual(others, [], `asked for ${asked.join(', ')}`);
    for (const file of ['/', '/dealdojo.js', '/dealdojo.wasm', '/dealdojo_content.data', '/dealdojo_content.json']) {
      assert.equal(asked.filter((path) => path === file).length, 1, `${file} asked for once: ${asked.join(', ')}`);
    }
    // The three scripts ran: the screen-reader mirror, the LMS bridge (no course
    // here) and the page script, whose bridge the app answers through.
    const ran = await app.page.evaluate(() => ({
      mirror: typeof window.DealDojoMirror, course: window.DealDojoCourse, ready: window.dealdojo.ready,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    assert.deepEqual(ran, { mirror: 'object', course: null, ready: true, background: 'rgb(246, 247, 250)' });
    // dealdojo.js opens with V8's compile hint (src/platform/CMakeLists.txt): V8
    // looks for it at the top of the script.
    const glue = await app.page.evaluate(() => fetch('dealdojo.js').then((response) => response.text()));
    assert.equal(glue.split('\n')[0], '//# allFunctionsCalledOnLoad');
    // Nor does it carry WebGL's entry points for lookup by name (main_web.cpp), a
    // quarter of it: only the GL functions the app calls.
    assert.equal((glue.match(/function _emscripten_gl\w+/g) || []).length, 0);
    assert.ok((glue.match(/function _gl\w+/g) || []).length > 20, 'the GL functions the app calls are there');
    // The wasm is fetched by the page script, straight into its compiler, not
    // preloaded by index.html (a preload's copy for the memory cache is main-thread work).
    const wasmLoads = await app.page.evaluate(() => performance.getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/dealdojo.wasm').map((entry) => entry.initiatorType));
    assert.deepEqual(wasmLoads, ['fetch']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

// The size of each function body in a wasm module (its code section, id 10).
function functionBodySizes(bytes) {
  let at = 8;  // after the magic number and version
  const leb = () => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 10) {
      const sizes = [];
      for (let count = leb(); count > 0; count--) {
        const body = leb();
        sizes.push(body);
        at += body;
      }
      return sizes;
    }
    at = end;
  }
  return [];
}

test('dealdojo.wasm has no function over 16 KB: Binaryen inlines one-caller functions only up to a size', async () => {
  // Uncapped, -Os made ImGui's frame and the app's draw one 36 KB function, which V8
  // took 400-550 ms to optimise on the core the browser needed (src/platform/CMakeLists.txt).
  const sizes = functionBodySizes(await readFile(join(webDir, 'dealdojo.wasm')));
  assert.ok(sizes.length > 1000, `${sizes.length} functions found`);
  const largest = Math.max(...sizes);
  assert.ok(largest <= 16 * 1024, `the largest function is ${largest} bytes`);
});

test('a wasm the server cannot give is said on the page, in words', async () => {
  const app = await openApp({
    waitForApp: false,
    beforeLoad: (page) => page.route('**/dealdojo.wasm', (route) => route.fulfill({ status: 404, body: 'not here' })),
  });
  try {
    await app.page.waitForFunction(() => !document.getElementById('fatal').hidden, null, { timeout: 30000 });
    assert.equal(await app.page.evaluate(() => document.getElementById('fatal').textContent),
      'DealDojo could not load: dealdojo.wasm: HTTP 404');
  } finally {
    await app.close();
  }
});

test('the loading card: the bar alone at first, its title and progress once loading takes over a second', async () => {
  // The wasm held back for 2.5 s: a slow connection. What the card shows is recorded
  // in the page itself (when the page script has run, and when the card's class
  // changes), so a loaded machine that lets the test look late cannot fail it.
  const app = await openApp({
    waitForApp: false,
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        const shown = (selector) => {
          const element = document.querySelector(selector);
          return getComputedStyle(element).display !== 'none' ? element.textContent : null;
        };
        const look = () => ({
          title: shown('.loading-title'), text: shown('.loading-text'), bar: shown('.loading-bar') !== null,
          label: document.querySelector('.loading-bar').getAttribute('aria-label'),
          at: performance.now(),
        });
        window.loadingCardSeen = { early: null, late: null };
        document.addEventListener('DOMContentLoaded', () => {
          const card = document.getElementById('loading-card');
          window.loadingCardSeen.early = { ...look(), slow: card.classList.contains('slow') };
          new MutationObserver(() => {
            if (card.classList.contains('slow') && !window.loadingCardSeen.late) window.loadingCardSeen.late = look();
          }).observe(card, { attributes: true, attributeFilter: ['class'] });
        });
      });
      await page.route('**/dealdojo.wasm', async (route) => {
        const response = await route.fetch();
        await sleep(2500);
        await route.fulfill({ response });
      });
    },
  });
  try {
    await app.page.waitForFunction(() => window.loadingCardSeen && window.loadingCardSeen.early !== null);
    const early = await app.page.evaluate(() => window.loadingCardSeen.early);
    // Once the page script has run, its one-second timer has not fired yet.
    assert.deepEqual({ ...early, at: 0 },
      { title: null, text: null, bar: true, label: 'Loading DealDojo', slow: false, at: 0 });

    await app.page.waitForFunction(() => window.loadingCardSeen.late !== null);
    const late = await app.page.evaluate(() => window.loadingCardSeen.late);
    assert.ok(late.at >= 1000, `the text came at ${late.at} ms`);
    assert.equal(late.title, 'DealDojo');
    assert.match(late.text, /^(Loading…|\d+%|Starting…)$/);

    // The app still starts, and the card goes with its first frame.
    await app.page.waitForFunction(() => window.dealdojo.firstFrameAt !== null, null, { timeout: 30000 });
    assert.equal(await app.page.evaluate(() => getComputedStyle(document.getElementById('loading')).display), 'none');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('the loading bar counts the wasm\'s bytes as they reach its compiler', async () => {
  // The packs held back until the wasm is compiled: what the bar counts is the wasm.
  const app = await openApp({
    waitForApp: false,
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        window.barPercents = [];
        document.addEventListener('DOMContentLoaded', () => {
          const bar = document.querySelector('.loading-bar');
          new MutationObserver(() => window.barPercents.push(Number(bar.getAttribute('aria-valuenow'))))
            .observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
        });
      });
      await page.route('**/dealdojo_content.data', async (route) => {
        const response = await route.fetch();
        await page.waitForFunction(() => window.dealdojo && window.dealdojo.marks['wasm compiled'] !== undefined,
          null, { timeout: 30000 });
        // The bar is drawn on an animation frame after the bytes are counted.
        await page.waitForFunction(() => window.barPercents.includes(100), null, { timeout: 5000 }).catch(() => {});
        await page.evaluate(() => { window.percentsBeforePacks = [...window.barPercents]; });
        await route.fulfill({ response });
      });
    },
  });
  try {
    await app.page.waitForFunction(() => window.dealdojo.firstFrameAt !== null, null, { timeout: 30000 });
    await app.page.waitForFunction(() => window.percentsBeforePacks !== undefined, null, { timeout: 30000 });
    const before = await app.page.evaluate(() => window.percentsBeforePacks);
    assert.ok(before.length >= 1 && Math.max(...before) === 100, `before the packs came the bar showed ${before.join(', ')}`);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('SDL sizes the canvas once, to the page\'s size: its 1x1 probe is skipped (web/dealdojo_canvas_size.js)', async () => {
  const app = await openApp({
    width: 1000, height: 700, scale: 2,
    beforeLoad: (page) => page.addInitScript(() => {
      // Every value the canvas's width and height had before each change (records
      // are delivered in batches, so the values in between come from oldValue).
      window.canvasSizesBefore = [];
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const record of records) window.canvasSizesBefore.push(`${record.attributeName} ${record.oldValue}`);
        }).observe(document.getElementById('canvas'), { attributeOldValue: true, attributeFilter: ['width', 'height'] });
      });
    }),
  });
  try {
    const before = await app.page.evaluate(() => window.canvasSizesBefore);
    assert.ok(before.length >= 2, before.join(', '));
    assert.ok(!before.includes('width 1') && !before.includes('height 1'), before.join(', '));
    // The drawing buffer fills the viewport at the screen's pixel density.
    assert.equal(await app.page.evaluate(() => `${document.getElementById('canvas').width}x${document.getElementById('canvas').height}`),
      '2000x1400');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
