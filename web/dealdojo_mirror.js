// Screen-reader mirror: the canvas UI cannot be read by assistive technology, so
// the current screen's essential content (from window.dealdojo.state(), built by
// each Screen's describe()) is written as text into an off-screen ARIA live
// region. Lines are compared one by one and only changed lines are rewritten, so
// a screen reader announces what changed (a selection, a result), not the page.
// Per-screen renderers for the screens we know; a generic one for the rest.
(function () {
  'use strict';

  const letter = (position) => String.fromCharCode(64 + position);  // 1 -> "A"
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  function minutes(ms) {
    const total = Math.max(0, Math.ceil(ms / 60000));
    return plural(total, 'minute');
  }

  // A question in progress: practice and mock exam share describe_attempt().
  function questionLines(state) {
    const lines = [];
    const q = state.question;
    if (!q) return lines;
    let heading = `Question ${state.current} of ${state.total}`;
    if (q.flagged) heading += ', flagged';
    lines.push(['h3', heading]);
    lines.push(['p', q.stem || '']);
    if (q.choose > 1) lines.push(['p', `Choose ${q.choose}.`]);
    for (const option of q.options || []) {
      let text = `${letter(option.position)}. ${option.text}`;
      if (option.selected) text += ' (selected)';
      if (option.correct === true) text += ' (correct answer)';
      lines.push(['p', text]);
    }
    if (q.checked) {
      lines.push(['p', q.right ? 'Right.' : 'Wrong.']);
      if (q.explanation) lines.push(['p', q.explanation]);
    }
    return lines;
  }

  function scoreLines(score) {
    if (!score) return [];
    const lines = [['p', `Score: ${score.right} of ${score.total} (${score.percent}%). ` +
      (score.passed ? 'Passed' : 'Not passed') + ` (pass mark ${score.pass_percent}%).`]];
    for (const d of score.domains || []) lines.push(['p', `${d.name}: ${d.right} of ${d.total} (${d.percent}%)`]);
    return lines;
  }

  function errorLines(errors) {
    return (errors || []).map((e) => ['p', `Problem: ${typeof e === 'string' ? e : JSON.stringify(e)}`]);
  }

  const renderers = {
    home(s) {
      const lines = [];
      if (s.pack) {
        lines.push(['p', `Studying ${s.pack.title}: ${plural(s.pack.questions, 'question')}, ` +
          `${plural(s.pack.glossary || 0, 'glossary term')}.`]);
        for (const d of s.pack.domains || []) {
          lines.push(['p', `${d.name}: ${plural(d.questions, 'question')}, ${d.weight}% of the exam`]);
        }
      }
      if (s.packs_failed) lines.push(['p', `${plural(s.packs_failed, 'pack')} could not be loaded.`]);
      return lines;
    },
    practice(s) {
      if (s.phase === 'running') return questionLines(s);
      if (s.phase === 'finished') {
        const lines = [['h3', 'Practice finished']].concat(scoreLines(s.score));
        if (s.missed && s.missed.length) lines.push(['p', `${plural(s.missed.length, 'question')} missed.`]);
        return lines;
      }
      return [['p', `Practice set-up: ${plural(s.length, 'question')}` +
        (s.domains && s.domains.length ? `, domains: ${s.domains.join(', ')}` : ', all domains') + '.']]
        .concat(errorLines(s.errors));
    },
    mock(s) {
      if (s.phase === 'running') {
        const lines = questionLines(s);
        lines.push(['p', `${s.answered} of ${s.total} answered, ${s.flagged} flagged` +
          (s.remaining_ms > 0 ? `, about ${minutes(s.remaining_ms)} left` : '') + (s.paused ? ', paused' : '') + '.']);
        if (s.confirming_submit) lines.push(['p', 'Submit the exam? Confirm or go back.']);
        return lines;
      }
      if (s.phase === 'results') return [['h3', 'Mock exam results']].concat(scoreLines(s.score));
      return [['p', 'Mock exam: 60 questions in 105 minutes; start when ready.']].concat(errorLines(s.errors));
    },
    deals(s) {
      const lines = [['p', `Calculator: ${s.tool}`]];
      const result = s.result || {};
      for (const w of result.working || []) lines.push(['p', w]);
      return lines.concat(errorLines(result.errors));
    },
    packs(s) {
      return (s.packs || []).map((p) => ['p', `${p.title}` + (p.active ? ' (studying)' : '') +
        (p.built_in ? ', built in' : ', added') + (p.usable ? '' : ', cannot be used') +
        (p.errors ? `, ${plural(p.errors, 'error')}` : '') + (p.warnings ? `, ${plural(p.warnings, 'warning')}` : '')]);
    },
  };

  // Screens without a renderer: their describe() JSON as nested, readable lines.
  // Ids and flags the learner does not read are left out.
  const skipped = new Set(['id', 'frame', 'position', 'seed']);
  function genericLines(value, label, lines, depth) {
    if (lines.length >= 80 || depth > 4) return lines;
    const name = label ? label.replace(/_/g, ' ') : '';
    if (value === null || value === undefined) return lines;
    if (Array.isArray(value)) {
      value.forEach((item, i) => genericLines(item, (typeof item === 'object' && name) ? `${name} ${i + 1}` : name, lines, depth + 1));
    } else if (typeof value === 'object') {
      if (name) lines.push([depth <= 1 ? 'h3' : 'h4', name]);
      for (const [key, item] of Object.entries(value)) if (!skipped.has(key)) genericLines(item, key, lines, depth + 1);
    } else if (typeof value === 'boolean') {
      if (value) lines.push(['p', name]);
    } else {
      lines.push(['p', name ? `${name}: ${value}` : String(value)]);
    }
    return lines;
  }

  function render(state) {
    if (!state || !state.screen) return [];
    const section = (state.sections || []).find((s) => s.id === state.screen);
    const lines = [['h2', section ? section.title : state.screen]];
    const renderer = renderers[state.screen];
    const body = renderer ? renderer(state.screen_state || {}) : genericLines(state.screen_state, '', [], 0);
    if (state.notice) lines.push(['p', state.notice]);
    return lines.concat(body);
  }

  // Keeps `root` showing render(state): a line whose tag or text changed is rebuilt.
  function update(root, state) {
    const lines = render(state);
    let changed = 0;
    for (let i = 0; i < lines.length; i++) {
      const [tag, text] = lines[i];
      const node = root.children[i];
      if (node && node.tagName.toLowerCase() === tag && node.textContent === text) continue;
      const fresh = document.createElement(tag);
      fresh.textContent = text;
      if (node) root.replaceChild(fresh, node); else root.appendChild(fresh);
      changed++;
    }
    while (root.children.length > lines.length) { root.removeChild(root.lastChild); changed++; }
    return changed;
  }

  window.DealDojoMirror = { render, update };
})();
