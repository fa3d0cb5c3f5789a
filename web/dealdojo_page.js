// Page glue for the WebAssembly build: WebGL2 check, a loading bar that counts the
// .wasm's bytes, the default packs written into the app's file system, and
// `window.dealdojo`, a read-only bridge to the app for browser tests.
(function () {
  'use strict';
  const loading = document.getElementById('loading');
  const fill = document.getElementById('loading-fill');
  const text = document.getElementById('loading-text');
  const fatal = document.getElementById('fatal');
  // The loading card's title and percentage appear only if the app is not drawing
  // within a second (see index.html): until then the bar alone says it loads.
  setTimeout(() => document.getElementById('loading-card').classList.add('slow'), 1000);

  function showFatal(message) {
    loading.classList.add('done');
    fatal.textContent = message;
    fatal.hidden = false;
  }

  // The app's own WebGL context, made now so the browser sets up WebGL while the
  // app downloads (Emscripten's GL_PREINITIALIZED_CONTEXT); the attributes are the
  // ones SDL asks for (no alpha, depth, stencil or multisampling).
  const webglAsked = performance.now();
  const gl = document.getElementById('canvas').getContext('webgl2',
    { alpha: false, depth: false, stencil: false, antialias: false });
  const webglReady = performance.now();
  if (!gl) {
    showFatal('DealDojo needs WebGL 2, which this browser has turned off or does not support. ' +
      'Try an up-to-date Chrome, Edge, Firefox or Safari, and check that hardware acceleration is on.');
    return;
  }

  // Whether this browser holds saved data at all: IndexedDB lists its databases in
  // tens of milliseconds even in a new profile, where opening (creating) the database
  // below takes 500-900 ms while the app starts. With no '/userdata' database nothing
  // was ever saved here, and the app starts a new learner without waiting for it
  // (web_storage.cpp). null: the browser cannot list them, so the app waits. Asked
  // before the database is opened, so the answer cannot count the one opened below.
  const savedDataExists = new Promise((resolve) => {
    try {
      indexedDB.databases().then((list) => resolve(list.some((entry) => entry.name === '/userdata')), () => resolve(null));
    } catch (e) { resolve(null); }
  });

  // The learner's saved data lives in IndexedDB (Emscripten's IDBFS, mounted at
  // /userdata: src/platform/web_storage.cpp). Opening the database is slow in a new
  // profile (100-300 ms idle, more while the app starts), so it is opened now, while
  // the app downloads, the way IDBFS opens it (same name, version and store); the app
  // hands this connection to IDBFS when the versions agree, and IDBFS opens its own
  // otherwise.
  const userDataDB = new Promise((resolve) => {
    let settled = false;
    const settle = (db) => {
      if (settled) { if (db) db.close(); return; }  // too late: IDBFS has opened its own
      settled = true;
      window.dealdojo.marks['saved data opened'] = performance.now();
      resolve(db);
    };
    let request;
    try { request = indexedDB.open('/userdata', 21); } catch (e) { settle(null); return; }
    request.onupgradeneeded = () => {
      const store = request.result.objectStoreNames.contains('FILE_DATA')
        ? request.transaction.objectStore('FILE_DATA') : request.result.createObjectStore('FILE_DATA');
      if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
    };
    request.onsuccess = () => settle(request.result);
    request.onerror = (event) => { event.preventDefault(); settle(null); };
    request.onblocked = () => settle(null);
  });

  // The wasm's bytes received and expected: the app's one large download before it
  // runs (the fonts are in the wasm; the packs come beside it, see loadContent).
  let wasmProgress = [0, 0];
  // Drawn once per animation frame at most: the wasm arrives in many small chunks.
  // A label ("Starting…") replaces the percentage from then on.
  let barQueued = false;
  let barLabel = '';
  function updateBar(label) {
    if (label) barLabel = label;
    if (barQueued) return;
    barQueued = true;
    requestAnimationFrame(() => { barQueued = false; drawBar(); });
  }
  function drawBar() {
    const [done, total] = wasmProgress;
    const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
    fill.style.width = percent + '%';
    fill.parentElement.setAttribute('aria-valuenow', String(percent));
    text.textContent = barLabel || (percent + '%');
  }

  // Fetches the .wasm ourselves to report progress, and compiles it while it downloads
  // where the browser can. Two choices keep work off the main thread (paired loads in
  // the README's Performance section): the bytes are counted as they pass to the
  // compiler through a TransformStream, where both branches of a clone's tee were read
  // there; and index.html does not preload the wasm, whose copy for the memory cache
  // was finished there too (main() 35-43 ms later with it).
  async function compileWithProgress(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    const total = Number(response.headers.get('Content-Length')) || 0;
    wasmProgress = [0, total];
    if (WebAssembly.compileStreaming && response.body && typeof TransformStream === 'function') {
      let received = 0;
      const counted = response.body.pipeThrough(new TransformStream({
        transform(chunk, controller) {
          received += chunk.length;
          wasmProgress = [received, Math.max(total, received)];
          updateBar();
          controller.enqueue(chunk);
        },
      }));
      // Said to be application/wasm whatever the server said, as compileStreaming needs.
      return WebAssembly.compileStreaming(new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }));
    }
    const bytes = await response.arrayBuffer();
    wasmProgress = [bytes.byteLength, bytes.byteLength];
    updateBar();
    return WebAssembly.compile(bytes);
  }
  // Compiled from now on, while dealdojo.js downloads and runs (it asks for the
  // instance when it is ready: Module.instantiateWasm below). Waiting for it to ask
  // had the compiler start 100-240 ms later on this machine.
  const compiledApp = compileWithProgress('dealdojo.wasm');
  compiledApp.catch(() => {});  // reported when dealdojo.js asks for it

  let appLoaded;
  const appHasLoaded = new Promise((resolve) => { appLoaded = resolve; });
  window.dealdojo = {
    ready: false,
    state() { return JSON.parse(Module.UTF8ToString(Module._dd_state_json())); },
    widgets() { return JSON.parse(Module.UTF8ToString(Module._dd_widgets_json())); },
    // Code points of `text` the app's fonts cannot draw (tests check every string the app shows).
    missingGlyphs(text) { return JSON.parse(Module.ccall('dd_missing_glyphs', 'string', ['string'], [text])); },
    // Asking for the frame count means someone waits for frames (tests), so the
    // app, which skips idle frames, is woken to draw a few.
    frames() { Module._dd_wake(1); return Module._dd_frame_count(); },
    firstFrameAt: null,
    // The first frame drawn once the packs and progress are loaded (Home's figures).
    loadedAt: null,
    framesBeforePacks: null,
    runtimeAt: null,
    // Start-up milestones on the page's clock (performance.now()), for the benchmark.
    marks: { 'page script': webglAsked, 'WebGL context made': webglReady },
    // Offers text the app exported as a file download; the last one is kept for tests.
    lastDownload: null,
    download(fileName, mimeType, text) {
      window.dealdojo.lastDownload = { fileName, mimeType, text };
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };


  window.Module = {
    canvas: document.getElementById('canvas'),
    preinitializedWebGLContext: gl,
    dealdojoUserDataDB: userDataDB,
    dealdojoSavedDataExists: savedDataExists,
    print: (line) => console.log(line),
    printErr: (line) => console.warn(line),
    instantiateWasm(imports, receiveInstance) {
      window.dealdojo.marks['wasm asked'] = performance.now();  // dealdojo.js runs
      compiledApp
        .then((module) => {
          window.dealdojo.marks['wasm compiled'] = performance.now();
          return WebAssembly.instantiate(module, imports).then((instance) => {
            window.dealdojo.marks['wasm instantiated'] = performance.now();
            receiveInstance(instance, module);
          });
        })
        .catch((err) => showFatal('DealDojo could not load: ' + err.message));
      return {};
    },
    // After a drawn frame: refresh the screen-reader mirror once things settle.
    dealdojoFrameDrawn() {
      if (window.dealdojo.firstFrameAt === null) {
        // Stamped where the frame's drawing was handed to WebGL, as the empty app's is.
        window.dealdojo.firstFrameAt = performance.now();
        loading.classList.add('done');
      }
      scheduleMirrorUpdate();
    },
    dealdojoLoaded() {
      window.dealdojo.loadedAt = performance.now();
      appLoaded();
    },
    onRuntimeInitialized() {
      window.dealdojo.ready = true;
      window.dealdojo.runtimeAt = performance.now();  // downloaded, compiled, about to run main()
      updateBar('Starting…');
      // Written once main() has drawn the first frame and returned, in the same task:
      // writing the packs' files takes 10-25 ms, which the first frame need not wait
      // for, and packs written later wait behind that frame's presentation (see
      // waitBrieflyForTheDefaultPacks).
      if (!window.DealDojoCourse) loadContent();
    },
    dealdojoPickFile() { picker.click(); },
    // A course package (web/dealdojo_lms.js) studies its own pack: fetched into the
    // file system before main() runs.
    preRun: window.DealDojoCourse ? [function () {
      Module.addRunDependency('course-pack');
      fetch(window.DealDojoCourse.packUrl)
        .then((response) => {
          if (!response.ok) throw new Error(window.DealDojoCourse.packUrl + ': HTTP ' + response.status);
          return response.arrayBuffer();
        })
        .then((buffer) => {
          Module.FS.mkdir('/course');
          Module.FS.writeFile('/course/pack.json', new Uint8Array(buffer));
          Module.removeRunDependency('course-pack');
        })
        .catch((err) => showFatal('DealDojo could not load the course: ' + err.message));
    }] : [waitBrieflyForTheDefaultPacks],
    onStartFailure(message) { showFatal('DealDojo could not start: ' + message); },
    onAbort(what) { showFatal('DealDojo stopped unexpectedly: ' + what); },
  };

  // The default packs are a data package of their own, so they never hold up the
  // first frame for long: dealdojo_content.data holds the files' bytes back to back
  // and dealdojo_content.json where each file starts and ends (Emscripten's file
  // packager, cmake/assets.cmake). index.html preloads both, so they arrive beside the
  // app; the page writes the files into the app's file system in one go and tells the
  // app, which reads them on its next frame (src/platform/web_content.cpp).
  const fetchOk = (file) => fetch(file).then((response) => {
    if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
    return response;
  });
  const contentPackage = window.DealDojoCourse ? null : Promise.all([
    fetchOk('dealdojo_content.data').then((response) => response.arrayBuffer()),
    fetchOk('dealdojo_content.json').then((response) => response.json().catch((err) => {
      throw new Error('dealdojo_content.json is not JSON (' + err.message + ')');
    })),
  ]);
  if (contentPackage) {
    contentPackage.then(() => { window.dealdojo.marks['packs downloaded'] = performance.now(); }, () => {});  // failures: loadContent
  }
  function contentFailed(message) {
    Module.dealdojoContent = -1;
    Module.dealdojoContentError = message;
    wakeApp();
  }
  // Each file of the package into the file system (the app reads /content/<pack>/...).
  function writeContent(bytes, index) {
    if (!index || !Array.isArray(index.files)) throw new Error('dealdojo_content.json lists no files');
    const folders = new Set();  // each made once: mkdirTree per file was a third of the write
    for (const file of index.files) {
      const name = String(file.filename);
      if (!name.startsWith('/content/') || !(file.start >= 0 && file.end >= file.start && file.end <= bytes.byteLength)) {
        throw new Error('dealdojo_content.json: ' + name + ' lies outside dealdojo_content.data (' +
          bytes.byteLength + ' bytes); the two files are from different builds');
      }
      const folder = name.slice(0, name.lastIndexOf('/'));
      if (!folders.has(folder)) {
        Module.FS.mkdirTree(folder);
        folders.add(folder);
      }
      // The file system keeps the slice itself (canOwn): no copy of the package.
      Module.FS.writeFile(name, new Uint8Array(bytes, file.start, file.end - file.start), { canOwn: true });
    }
  }
  // Writes the packs into the file system when they have come.
  function loadContent() {
    contentPackage.then(([bytes, index]) => {
      writeContent(bytes, index);
      window.dealdojo.marks['packs in the file system'] = performance.now();
      // Frames drawn before the packs were there: the next one reads them (tests).
      window.dealdojo.framesBeforePacks = Module._dd_frame_count();
      Module.dealdojoContent = 1;
      wakeApp();
    }).catch((err) => contentFailed(err.message));
  }
  // Run once the wasm is instantiated, before main(): main() waits for the packs'
  // download for packsWaitMs at most. They usually come within tens of milliseconds of
  // the wasm, and packs that come after the first frame wait behind its presentation
  // (SwiftShader's first WebGL frame, 110-220 ms on this machine) before the app can
  // read them; on a slow connection the first frame comes without them, and they follow.
  const packsWaitMs = 100;
  function waitBrieflyForTheDefaultPacks() {
    Module.dealdojoContent = 0;  // 0 loading, 1 in the file system, -1 failed
    Module.addRunDependency('default packs');
    let waiting = true;
    const stopWaiting = () => {
      if (!waiting) return;
      waiting = false;
      window.dealdojo.marks['main() stops waiting for the packs'] = performance.now();
      Module.removeRunDependency('default packs');
    };
    setTimeout(stopWaiting, packsWaitMs);
    contentPackage.then(stopWaiting, stopWaiting);
  }

  // Files the learner picks or drops go into the module's file system, then the
  // app is told their path (it reads and validates them itself).
  function sendFiles(files) {
    for (const file of files) {
      file.arrayBuffer().then((buffer) => {
        try { Module.FS.mkdir('/uploads'); } catch (e) { /* already there */ }
        const path = '/uploads/' + file.name.replace(/[\/\\]/g, '_');
        Module.FS.writeFile(path, new Uint8Array(buffer));
        Module.ccall('dd_file_received', null, ['string'], [path]);
        wakeApp();
      });
    }
  }
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = '.json,application/json';
  picker.multiple = true;
  picker.hidden = true;
  picker.addEventListener('change', () => { sendFiles(picker.files); picker.value = ''; });
  document.body.appendChild(picker);
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length > 0) sendFiles(event.dataTransfer.files);
  });

  // Render on change: the app pauses its frame loop when nothing changes; any
  // input, resize or focus change on the page wakes it.
  function wakeApp() { if (window.dealdojo.ready) Module._dd_wake(1); }
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointerup', 'pointermove', 'wheel', 'touchstart',
    'touchend', 'resize', 'focus', 'blur', 'paste', 'input', 'compositionend']) {
    window.addEventListener(type, wakeApp, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', wakeApp);

  // The screen-reader mirror (dealdojo_mirror.js) follows the app's state, read
  // a moment after frames are drawn and written only where the text changed.
  const mirror = document.getElementById('a11y-mirror');
  let mirrorTimer = 0;
  function scheduleMirrorUpdate() {
    if (mirrorTimer || !mirror || !window.DealDojoMirror) return;
    mirrorTimer = setTimeout(() => {
      mirrorTimer = 0;
      window.DealDojoMirror.update(mirror, JSON.parse(Module.UTF8ToString(Module._dd_state_json())));
    }, 100);
  }

  // Offline: the service worker caches the app and the default pack (sw.js).
  // When a new build's worker takes over from an old one during this load, the
  // page reloads once so the learner gets the new build now, not next time.
  // Not in a course package: an LMS serves and updates its files itself.
  if ('serviceWorker' in navigator && window.isSecureContext && !window.DealDojoCourse) {
    const updating = !!navigator.serviceWorker.controller;
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!updating || reloading) return;
      reloading = true;
      window.location.reload();
    });
    // Registered once the page and the app have loaded: installing copies the whole
    // app into the cache, which would compete with start-up (IndexedDB above all).
    const pageLoaded = new Promise((resolve) => window.addEventListener('load', resolve));
    Promise.all([pageLoaded, appHasLoaded]).then(() => {
      navigator.serviceWorker.register('sw.js').catch((err) => console.warn('DealDojo: no offline copy: ' + err));
    });
  }

  // The app saves progress a few times a second at most; the last change is
  // saved when the page is hidden or closed.
  function flushProgress() {
    if (window.dealdojo.ready && Module._dd_flush_progress) Module._dd_flush_progress();
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushProgress();
  });
  // Leaving the page also ends an LMS session (terminate), after the last report.
  window.addEventListener('pagehide', () => {
    if (window.dealdojo.ready && Module._dd_end_session) Module._dd_end_session();
  });

  const script = document.createElement('script');
  script.src = 'dealdojo.js';
  script.onerror = () => showFatal('DealDojo could not load dealdojo.js. Check your connection and reload.');
  document.body.appendChild(script);
})();
