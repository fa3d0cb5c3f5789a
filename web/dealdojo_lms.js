// A course package's link to its LMS (docs/LMS.md). `dojo publish scorm` marks the
// package's page with <meta name="dealdojo-course" content="scorm-2004|scorm-1.2">;
// without it this file does nothing and the app runs as the plain web app. With it,
// the page looks for the LMS's API the way SCORM says (up the parent frames, then the
// opener's), initialises it, and offers `window.DealDojoCourse.lms` to the app
// (src/platform/web_lms.cpp). Every error the LMS reports is logged with its code and
// kept in `errors`; none stops the learner.
(function () {
  'use strict';
  window.DealDojoCourse = null;
  const meta = document.querySelector('meta[name="dealdojo-course"]');
  if (!meta) return;
  const version = meta.getAttribute('content') === 'scorm-1.2' ? '1.2' : '2004';
  const apiName = version === '1.2' ? 'API' : 'API_1484_11';
  const calls = version === '1.2'
    ? { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish',
        error: 'LMSGetLastError', text: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic' }
    : { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', end: 'Terminate',
        error: 'GetLastError', text: 'GetErrorString', diagnostic: 'GetDiagnostic' };

  // Up the chain of parents from `win` (a frame of another origin ends the search).
  function searchParents(win) {
    for (let steps = 0; win && steps < 500; steps++) {
      try {
        if (win[apiName]) return win[apiName];
      } catch (e) {
        return null;
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }
  function findApi() {
    const found = searchParents(window);
    if (found) return found;
    try {
      return window.opener ? searchParents(window.opener) : null;
    } catch (e) {
      return null;
    }
  }

  const course = { version, packUrl: 'course/pack.json', lms: null, errors: [] };
  window.DealDojoCourse = course;
  const api = findApi();
  if (!api) {
    console.info('DealDojo: no SCORM ' + version + ' LMS found; the course runs on its own, saving in this browser.');
    return;
  }

  // The LMS's last error, logged and kept when there is one; true when there is none.
  function noError(what) {
    let code = '0';
    try { code = String(api[calls.error]()); } catch (e) { code = 'exception: ' + e.message; }
    if (code === '0' || code === '') return true;
    // 2004's "value not initialized": an element not set yet, as on a first launch.
    if (code === '403' && what.startsWith('GetValue')) return true;
    let detail = '';
    try { detail = String(api[calls.text](code)) + ' ' + String(api[calls.diagnostic](code)); } catch (e) { /* none */ }
    const message = what + ' failed: error ' + code + ' ' + detail.trim();
    course.errors.push({ call: what, code, message });
    console.warn('DealDojo LMS: ' + message);
    return false;
  }
  function call(name, what, ...args) {
    try {
      const result = String(api[calls[name]](...args));
      if (name === 'get') noError(what);
      else if (result !== 'true') noError(what);
      return result;
    } catch (e) {
      course.errors.push({ call: what, code: 'exception', message: e.message });
      console.warn('DealDojo LMS: ' + what + ' threw ' + e.message);
      return name === 'get' ? '' : 'false';
    }
  }

  if (call('init', 'Initialize') !== 'true') return;  // logged; the course runs on its own
  let ended = false;
  course.lms = {
    get(name) { return ended ? '' : call('get', 'GetValue(' + name + ')', name); },
    set(name, value) { return !ended && call('set', 'SetValue(' + name + ')', name, value) === 'true'; },
    commit() { return !ended && call('commit', 'Commit', '') === 'true'; },
    terminate() {
      if (ended) return;
      call('end', 'Terminate', '');
      ended = true;
    },
  };
})();
