// Shared set-up for browser tests: serves build/web, starts Debian's Chromium
// headless through playwright-core, and drives the app by real mouse and
// keyboard input at the coordinates the app reports for its widgets.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const webDir = process.env.DEALDOJO_WEB_DIR || join(repo, 'build/web');
const failureDir = join(repo, 'build/browser-failures');

export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// A wrong answer with as many picks as the question asks for (Check waits for that
// many): wrong options first, then right ones when there are too few wrong ones.
export function wrongAnswer(options, correct, choose) {
  const wrong = options.filter((o) => !correct.includes(o.id));
  const right = options.filter((o) => correct.includes(o.id));
  return [...wrong, ...right].slice(0, choose);
}

// Layout checks shared by the phone tests: a rectangle within [0, right], and one
// described for a message.
export const inside = (r, right) => r.x >= -0.5 && r.x + r.w <= right + 0.5;
export const span = (name, r) =>
  `${name}: x ${Math.round(r.x)}..${Math.round(r.x + r.w)}, y ${Math.round(r.y)}, w ${Math.round(r.w)}`;

// The right edge of the screen's content (left of its scroll bar), which nothing may pass.
export async function contentRight(app, screenName) {
  const right = (await app.state()).screen_state.content_right;
  if (typeof right !== 'number') throw new Error(`${screenName} does not report its content's right edge`);
  return right;
}

// Opens the app in a fresh profile. Returns helpers; call close() in `after`.
// `beforeLoad(page)` runs before the page is opened (e.g. to route its requests).
export async function openApp({ width = 1280, height = 800, scale = 1, profileDir = null, extraArgs = [],
  waitForApp = true, hasTouch = false, isMobile = false, beforeLoad = null } = {}) {
  const { server, url } = await startServer(webDir, 0);
  const profile = profileDir || (await mkdtemp(join(tmpdir(), 'dealdojo-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs], viewport: { width, height },
    deviceScaleFactor: scale, hasTouch, isMobile,
  });
  const page = context.pages()[0] || (await context.newPage());
  const consoleLines = [];
  const pageErrors = [];
  page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  const app = new AppDriver(page, url, consoleLines, pageErrors);
  app.close = async () => {
    await context.close();
    server.close();
    if (!profileDir) await rm(profile, { recursive: true, force: true });
  };
  if (beforeLoad) await beforeLoad(page);
  if (waitForApp) await app.load(); else await page.goto(url);
  return app;
}

export class AppDriver {
  constructor(page, url, consoleLines, pageErrors) {
    this.page = page;
    // Where the app runs: the page itself, or a frame of it (a course inside an LMS page).
    this.frame = page.mainFrame();
    this.url = url;
    this.consoleLines = consoleLines;
    this.pageErrors = pageErrors;
  }

  async load() {
    await this.page.goto(this.url);
    // The first frames come before the packs and progress are read (App::load_step);
    // a new learner's Home comes a frame before the other packs and the full atlas.
    await this.frame.waitForFunction(() => {
      if (!(window.dealdojo && window.dealdojo.ready && window.dealdojo.frames() > 2 &&
            window.dealdojo.loadedAt !== null)) return false;
      const state = window.dealdojo.state();
      return !state.loading && state.atlas === 'all characters';
    }, null, { timeout: 30000, polling: 20 });
  }

  state() { return this.frame.evaluate(() => window.dealdojo.state()); }
  // The start-up phases that read packs or progress, in order: each one's name without
  // its frame, the frame, when it ended (its mark, stamped at its frame's end) and
  // whether Home's figures had been reported by then.
  loadPhases() {
    return this.frame.evaluate(() => window.dealdojo.state().startup
      .filter((p) => /read and check|progress: load/.test(p.phase))
      .map((p) => {
        const endedAt = window.dealdojo.marks[`after: ${p.phase}`];
        return { phase: p.phase.replace(/ \(frame \d+\)$/, ''), frame: Number(/\(frame (\d+)\)$/.exec(p.phase)[1]),
          endedAt, homeDrawnBy: window.dealdojo.loadedAt < endedAt };
      }));
  }
  // The frame that first reads the built-in packs: the one after they were written into
  // the file system (the first frame itself never reads: it only shows the shell).
  firstFrameWithPacks() {
    return this.frame.evaluate(() => Math.max(1, window.dealdojo.framesBeforePacks));
  }
  widgets() { return this.frame.evaluate(() => window.dealdojo.widgets()); }
  frames() { return this.frame.evaluate(() => window.dealdojo.frames()); }

  // Waits until the app has drawn `count` more frames.
  async nextFrames(count = 2) {
    const start = await this.frames();
    await this.frame.waitForFunction((target) => window.dealdojo.frames() >= target, start + count);
  }

  async widget(name) {
    const rects = await this.widgets();
    if (!rects[name]) {
      throw new Error(`widget '${name}' was not drawn; drawn: ${Object.keys(rects).join(', ')}`);
    }
    return rects[name];
  }

  // ImGui polls the mouse: move there, let it see the hover, then press and release.
  // On a phone the sections sit in a menu: a section not on screen is reached through it.
  async click(name) {
    if (name.startsWith('nav/') && name !== 'nav/menu') {
      const rects = await this.widgets();
      if (!rects[name] && rects['nav/menu']) await this.click('nav/menu');
    }
    const r = await this.widget(name);
    await this.page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
    await this.nextFrames(2);
    await this.page.mouse.down();
    await this.nextFrames(1);
    await this.page.mouse.up();
    await this.nextFrames(2);
  }

  // A quick press: down and up with no frame between, as a fast typist does. The
  // app must not lose it.
  async press(key) {
    await this.page.keyboard.press(key);
    await this.nextFrames(2);
  }

  // Typed faster than frames run, each character's release waits for the next
  // frame (see Window::run_frame), so the app may need a frame per character.
  async type(text) {
    await this.page.keyboard.type(text);
    await this.nextFrames(text.length + 2);
  }

  // Replaces a text field's contents: click it, select all, delete, type.
  async fill(name, text) {
    await this.click(name);
    await this.press('Control+A');
    await this.press('Backspace');
    await this.type(text);
  }

  // Scrolls the page with the mouse wheel until the widget is drawn inside the
  // window, as a learner would, then clicks it.
  // Wheels the content under the middle of the window until the widget is in view:
  // towards it when it is drawn off screen; when it is not drawn at all, down first,
  // then back up.
  // Brings `name` into view from anywhere on the page: scrollTo wheels down past a
  // widget it cannot see, so wheel up until it is drawn (or the top) first.
  async reveal(name) {
    const view = this.page.viewportSize();
    for (let i = 0; i < 80 && !(await this.widgets())[name]; i++) {
      await this.page.mouse.move(view.width / 2, view.height / 2);
      await this.page.mouse.wheel(0, -600);
      await this.nextFrames(2);
    }
    return this.scrollTo(name);
  }

  async scrollTo(name) {
    const view = this.page.viewportSize();
    let blindDown = 60;
    for (let tries = 0; tries < 160; tries++) {
      const rects = await this.widgets();
      // The navigation bar stays on top: a widget scrolled under it is hidden.
      const top = name.startsWith('nav/') ? 0 : Math.max(0, ...Object.entries(rects)
        .filter(([n]) => n.startsWith('nav/') && rects[n].y < 120).map(([, q]) => q.y + q.h));
      const r = rects[name];
      if (r && r.y >= top && r.y + r.h <= view.height) return r;
      const up = r ? r.y < top : blindDown-- <= 0;
      await this.page.mouse.move(view.width / 2, view.height / 2);
      await this.page.mouse.wheel(0, (up ? -1 : 1) * (r ? 200 : 500));
      await this.nextFrames(3);
    }
    return this.widget(name);
  }

  async scrollToAndClick(name) {
    await this.scrollTo(name);
    await this.click(name);
  }

  // A finger swipe from (x, y) by (dx, dy) CSS px over `steps` moves, through the
  // Chrome DevTools protocol (Playwright's touchscreen only taps). `hold_ms`: a pause
  // before lifting the finger (a slow drag that should not glide).
  async swipe(x, y, dx, dy, { steps = 8, stepMs = 16, holdMs = 0 } = {}) {
    const cdp = await this.page.context().newCDPSession(this.page);
    const point = (px, py) => [{ x: px, y: py, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
    await this.nextFrames(1);
    for (let i = 1; i <= steps; i++) {
      if (i > 1) { await this.page.waitForTimeout(stepMs); await this.nextFrames(1); }
      await cdp.send('Input.dispatchTouchEvent',
        { type: 'touchMove', touchPoints: point(x + (dx * i) / steps, y + (dy * i) / steps) });
    }
    await this.nextFrames(1);  // the last move is seen, then the finger lifts while moving
    if (holdMs) { await this.page.waitForTimeout(holdMs); await this.nextFrames(2); }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await this.nextFrames(2);
    await cdp.detach();
  }

  // A finger tap at (x, y).
  async tap(x, y) {
    await this.page.touchscreen.tap(x, y);
    await this.nextFrames(3);
  }

  // A finger tap at a widget's centre (touch start and end, no mouse events). A
  // section not on screen is reached through the navigation menu, when there is one.
  async tapWidget(name) {
    if (name.startsWith('nav/') && name !== 'nav/menu') {
      const rects = await this.widgets();
      if (!rects[name] && rects['nav/menu']) await this.tapWidget('nav/menu');
    }
    const r = await this.widget(name);
    await this.tap(r.x + r.w / 2, r.y + r.h / 2);
  }

  // Saves a screenshot and the console log under build/browser-failures.
  async saveFailure(testName) {
    await mkdir(failureDir, { recursive: true });
    const base = join(failureDir, testName.replace(/[^a-z0-9]+/gi, '-'));
    await this.page.screenshot({ path: `${base}.png` }).catch(() => {});
    await writeFile(`${base}.log`, [...this.consoleLines, ...this.pageErrors].join('\n'));
    return base;
  }
}

// Wraps a test body so a failure leaves a screenshot and the console log behind.
export function withFailureCapture(getApp, name, body) {
  return async (t) => {
    try {
      await body(t);
    } catch (err) {
      const app = getApp();
      if (app) {
        const base = await app.saveFailure(name);
        err.message += `\n(screenshot and console log: ${base}.png / .log)`;
      }
      throw err;
    }
  };
}
