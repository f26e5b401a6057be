// attache show: renders the documents embedded as JSON in #attache-data,
// one page at a time. Article text only ever reaches the DOM through
// text nodes and textContent, never as markup.
(function () {
  'use strict';
  const DATA = JSON.parse(document.getElementById('attache-data').textContent);
  const SVG = 'http://www.w3.org/2000/svg';
  const TYPE_COLOURS = {
    AGREE: '#1b7a3a', CONSULT: '#1f5fbf', SUPPORT: '#2e8b57', COOPERATE: '#0b7d8c',
    AID: '#4a8f00', CONCEDE: '#6d5fd5', RETREAT: '#8a6fb0', REQUEST: '#b8860b',
    ACCUSE: '#d2691e', REJECT: '#c05050', THREATEN: '#d0307a', PROTEST: '#a0522d',
    SANCTION: '#9c27b0', MOBILIZE: '#8b4513', COERCE: '#c62828', ASSAULT: '#8b0000',
  };
  const colour = (t) => TYPE_COLOURS[t] || '#555';
  const state = { type: '', query: '', page: 0, size: DATA.page_size || 20, hidden: new Set() };
  const $ = (id) => document.getElementById(id);
  const main = $('docs');
  let lowered = null; // lower-cased id + title + text per document, made on first search

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ---- controls ----------------------------------------------------------

  function typeCounts() {
    const n = new Map();
    for (const d of DATA.docs) for (const e of d.events) n.set(e.event_type, (n.get(e.event_type) || 0) + 1);
    return n;
  }

  function labelCounts() {
    const n = new Map();
    for (const d of DATA.docs) for (const e of d.entities) n.set(e.label, (n.get(e.label) || 0) + 1);
    return n;
  }

  function setupControls() {
    const counts = typeCounts();
    const events = [...counts.values()].reduce((a, b) => a + b, 0);
    $('summary').textContent = DATA.docs.length + ' articles, ' + events + ' events, from ' +
      DATA.sources.join(', ');
    const sel = $('type-filter');
    sel.appendChild(new Option('all event types (' + events + ')', ''));
    for (const t of [...counts.keys()].sort()) sel.appendChild(new Option(t + ' (' + counts.get(t) + ')', t));
    sel.addEventListener('change', () => { state.type = sel.value; state.page = 0; render(); });
    let timer = 0;
    $('search').addEventListener('input', (ev) => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.query = ev.target.value.trim().toLowerCase(); state.page = 0; render(); }, 150);
    });
    for (const [id, step] of [['prev', -1], ['next', 1], ['prev-bottom', -1], ['next-bottom', 1]]) {
      $(id).addEventListener('click', () => { state.page += step; render(); window.scrollTo(0, 0); });
    }
    const box = $('labels');
    const labels = labelCounts();
    for (const l of [...labels.keys()].sort()) {
      const lab = el('label', 'label-toggle');
      const cb = el('input');
      cb.type = 'checkbox';
      cb.checked = true;
      cb.dataset.label = l;
      cb.addEventListener('change', () => {
        if (cb.checked) state.hidden.delete(l); else state.hidden.add(l);
        render();
      });
      const m = el('mark', 'ent', null);
      m.dataset.label = l;
      m.textContent = String(labels.get(l));
      lab.append(cb, m);
      box.appendChild(lab);
    }
  }

  // ---- filtering and paging ----------------------------------------------

  function matching() {
    const out = [];
    if (state.query && !lowered) {
      lowered = DATA.docs.map((d) => (d.id + '\n' + (d.title || '') + '\n' + d.text).toLowerCase());
    }
    DATA.docs.forEach((d, i) => {
      if (state.type && !d.events.some((e) => e.event_type === state.type)) return;
      if (state.query && !lowered[i].includes(state.query)) return;
      out.push(i);
    });
    return out;
  }

  function render() {
    const list = matching();
    const pages = Math.max(1, Math.ceil(list.length / state.size));
    state.page = Math.min(Math.max(state.page, 0), pages - 1);
    const info = 'page ' + (state.page + 1) + ' of ' + pages + ' (' + list.length + ' articles)';
    for (const end of ['', '-bottom']) {
      $('page-info' + end).textContent = info;
      $('prev' + end).disabled = state.page === 0;
      $('next' + end).disabled = state.page >= pages - 1;
    }
    main.textContent = '';
    if (list.length === 0) {
      main.appendChild(el('p', 'empty', 'No article matches.'));
      return;
    }
    const shown = list.slice(state.page * state.size, (state.page + 1) * state.size);
    for (const i of shown) main.appendChild(renderDoc(DATA.docs[i]));
    requestAnimationFrame(drawAll);
  }

  // ---- one article -------------------------------------------------------

  function shownEvents(d) {
    const out = [];
    d.events.forEach((e, k) => { if (!state.type || e.event_type === state.type) out.push([k, e]); });
    return out;
  }

  // Entities that are shown, without overlaps (the first to start wins).
  function visibleEntities(d) {
    const ents = d.entities.filter((e) => !state.hidden.has(e.label) && e.end > e.start)
      .slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let end = -1;
    for (const e of ents) if (e.start >= end) { out.push(e); end = e.end; }
    return out;
  }

  // The spans of the events shown: triggers, actor and recipient mentions.
  function eventSpans(events) {
    const spans = [];
    for (const [k, e] of events) {
      spans.push({ s: e.trigger.start, e: e.trigger.end, kind: 'trg', ev: k, type: e.event_type });
      e.actor.forEach((a, m) => {
        if (a.start !== null && a.end > a.start) spans.push({ s: a.start, e: a.end, kind: 'act', ev: k, key: 'k-a' + k + '_' + m });
      });
      e.recipient.forEach((a, m) => {
        if (a.start !== null && a.end > a.start) spans.push({ s: a.start, e: a.end, kind: 'rec', ev: k, key: 'k-r' + k + '_' + m });
      });
    }
    return spans;
  }

  // The text as pieces cut at every entity and event-span boundary; pieces
  // inside an entity go into its <mark>, pieces under event spans into a
  // <span> carrying their classes. Offsets are code points.
  function renderText(d, events) {
    const cps = Array.from(d.text);
    const n = cps.length;
    const ents = visibleEntities(d);
    const spans = eventSpans(events);
    const cuts = new Set([0, n]);
    for (const e of ents) { cuts.add(e.start); cuts.add(e.end); }
    for (const s of spans) { cuts.add(Math.min(s.s, n)); cuts.add(Math.min(s.e, n)); }
    const bounds = [...cuts].sort((a, b) => a - b);
    const box = el('div', 'text');
    let ei = 0;
    let mark = null;
    let markOf = null;
    for (let b = 0; b + 1 < bounds.length; b++) {
      const a = bounds[b];
      const z = bounds[b + 1];
      if (a >= z) continue;
      while (ei < ents.length && ents[ei].end <= a) ei++;
      const ent = ei < ents.length && ents[ei].start <= a ? ents[ei] : null;
      let parent = box;
      if (ent) {
        if (markOf !== ent) {
          mark = el('mark', 'ent');
          mark.dataset.label = ent.label;
          box.appendChild(mark);
          markOf = ent;
        }
        parent = mark;
      } else {
        markOf = null;
      }
      const piece = cps.slice(a, z).join('');
      const over = spans.filter((s) => s.s <= a && s.e >= z);
      if (over.length === 0) {
        parent.appendChild(document.createTextNode(piece));
        continue;
      }
      const span = el('span', null, piece);
      const cls = new Set();
      const evs = new Set();
      let trg = null;
      for (const s of over) {
        cls.add(s.kind);
        if (s.key) cls.add(s.key);
        evs.add(s.ev);
        if (s.kind === 'trg' && !trg) trg = s;
      }
      span.className = [...cls].join(' ');
      span.dataset.ev = [...evs].join(' ');
      if (trg) {
        span.style.textDecorationColor = colour(trg.type);
        span.title = over.filter((s) => s.kind === 'trg').map((s) => s.type).join(', ');
      }
      parent.appendChild(span);
    }
    return box;
  }

  function argCell(list) {
    const td = el('td');
    if (list.length === 0) { td.appendChild(el('span', 'muted', '—')); return td; }
    list.forEach((a, i) => {
      if (i > 0) td.appendChild(document.createTextNode('; '));
      if (a.text !== null && a.text !== undefined) td.appendChild(document.createTextNode(a.text));
      else td.appendChild(el('span', 'muted', (a.name || '?') + ' (implied)'));
      if (a.country) td.appendChild(el('span', 'code country', a.country));
      if (a.sector) td.appendChild(el('span', 'code', a.sector));
    });
    return td;
  }

  function eventsTable(events) {
    const t = el('table', 'events');
    const head = el('tr');
    for (const h of ['#', 'type', 'trigger', 'modality', 'date', 'score', 'actor', 'recipient']) head.appendChild(el('th', null, h));
    t.appendChild(el('thead')).appendChild(head);
    const body = el('tbody');
    for (const [k, e] of events) {
      const tr = el('tr');
      tr.dataset.ev = String(k);
      tr.dataset.type = e.event_type;
      tr.appendChild(el('td', 'num', k + 1));
      const tt = el('td', 'nowrap');
      const badge = el('span', 'type-badge', e.event_type);
      badge.style.background = colour(e.event_type);
      tt.appendChild(badge);
      if (e.mode) tt.appendChild(el('span', 'muted', ' ' + e.mode));
      tr.appendChild(tt);
      tr.appendChild(el('td', null, e.trigger.text));
      tr.appendChild(el('td', 'nowrap', e.modality || ''));
      const date = e.date ? e.date.text + (e.date.value ? ' → ' + e.date.value : '') : '';
      tr.appendChild(el('td', null, date));
      tr.appendChild(el('td', 'num', e.score === null || e.score === undefined ? '' : Number(e.score).toFixed(3)));
      tr.appendChild(argCell(e.actor));
      tr.appendChild(argCell(e.recipient));
      body.appendChild(tr);
    }
    t.appendChild(body);
    return t;
  }

  function highlight(article, k, on) {
    const wrap = article.querySelector('.text-wrap');
    wrap.classList.toggle('focus', on);
    for (const x of article.querySelectorAll('[data-ev~="' + k + '"]')) {
      if (x.tagName !== 'TR') x.classList.toggle('hl', on);
    }
  }

  function renderDoc(d) {
    const art = el('article', 'doc');
    art.dataset.id = d.id;
    art.appendChild(el('h2', null, d.id));
    const meta = el('div', 'meta');
    if (d.title) meta.appendChild(el('span', 'title', d.title));
    const bits = [];
    if (d.date) bits.push(d.date);
    bits.push(DATA.sources[d.src] + ':' + d.line);
    bits.push(d.entities.length + ' entities, ' + d.events.length + ' events');
    meta.appendChild(document.createTextNode(bits.join(' · ')));
    art.appendChild(meta);
    const events = shownEvents(d);
    const wrap = el('div', 'text-wrap');
    wrap.appendChild(renderText(d, events));
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'arrows');
    wrap.appendChild(svg);
    art.appendChild(wrap);
    art._events = events;
    if (events.length) {
      const table = eventsTable(events);
      table.addEventListener('mouseover', (ev) => {
        const tr = ev.target.closest('tr[data-ev]');
        if (tr) highlight(art, tr.dataset.ev, true);
      });
      table.addEventListener('mouseout', (ev) => {
        const tr = ev.target.closest('tr[data-ev]');
        if (tr) highlight(art, tr.dataset.ev, false);
      });
      art.appendChild(table);
    } else {
      art.appendChild(el('p', 'noevents', 'No events' + (state.type ? ' of type ' + state.type : '') + '.'));
    }
    return art;
  }

  // ---- arrows ------------------------------------------------------------

  // Top centre of a mention's first line box, relative to `origin`.
  function anchor(wrap, key, origin) {
    const rects = [];
    for (const x of wrap.getElementsByClassName(key)) for (const r of x.getClientRects()) rects.push(r);
    if (rects.length === 0) return null;
    const top = rects[0].top;
    let left = Infinity;
    let right = -Infinity;
    for (const r of rects) {
      if (Math.abs(r.top - top) > 2) continue;
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
    return { x: (left + right) / 2 - origin.left, y: top - origin.top };
  }

  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  // Where each arrow of an article goes. Reads layout only, so measuring
  // every article before drawing any costs one layout, not one each.
  function measure(art) {
    const wrap = art.querySelector('.text-wrap');
    const origin = wrap.getBoundingClientRect();
    const arrows = [];
    for (const [k, e] of art._events) {
      e.actor.forEach((_, m) => {
        const from = anchor(wrap, 'k-a' + k + '_' + m, origin);
        if (!from) return;
        e.recipient.forEach((_, r) => {
          const to = anchor(wrap, 'k-r' + k + '_' + r, origin);
          if (to) arrows.push({ k, m, r, type: e.event_type, from, to });
        });
      });
    }
    return { wrap, width: origin.width, height: origin.height, arrows };
  }

  function paint(plan) {
    const svg = plan.wrap.querySelector('svg.arrows');
    svg.textContent = '';
    svg.setAttribute('width', String(Math.ceil(plan.width)));
    svg.setAttribute('height', String(Math.ceil(plan.height)));
    const lanes = new Map();
    const pairs = new Map();
    for (const { k, m, r, type, from, to } of plan.arrows) {
      const lane = lanes.get(Math.round(from.y)) || 0;
      lanes.set(Math.round(from.y), lane + 1);
      const c = colour(type);
      let x2 = to.x;
      if (Math.abs(x2 - from.x) < 6 && Math.abs(to.y - from.y) < 3) x2 += 10;
      const y1 = from.y + 2;
      const y2 = to.y + 2;
      const same = Math.abs(y2 - y1) < 3;
      // Arrows between the same two mentions (several events of one pair)
      // rise higher each, so their labels stack instead of overprinting.
      const pair = [from.x, from.y, x2, to.y].map(Math.round).join(',');
      const dup = pairs.get(pair) || 0;
      pairs.set(pair, dup + 1);
      const h = (same ? Math.min(22, 8 + Math.abs(x2 - from.x) * 0.12) : 18) + (lane % 3) * 3 + dup * 12;
      // Across more than two lines: dashed, so it reads as a long reach.
      const far = Math.abs(y2 - y1) > 100;
      const g = svgEl('g', {
        class: far ? 'ev-arrow far' : 'ev-arrow', 'data-ev': String(k), 'data-type': type,
        'data-from': 'k-a' + k + '_' + m, 'data-to': 'k-r' + k + '_' + r,
      });
      g.appendChild(svgEl('path', {
        class: 'arrow', stroke: c,
        d: 'M' + from.x + ' ' + y1 + ' C' + from.x + ' ' + (y1 - h) + ' ' + x2 + ' ' + (y2 - h) + ' ' + x2 + ' ' + y2,
      }));
      g.appendChild(svgEl('path', {
        class: 'head', fill: c,
        d: 'M' + (x2 - 4) + ' ' + (y2 - 7) + ' L' + (x2 + 4) + ' ' + (y2 - 7) + ' L' + x2 + ' ' + y2 + ' Z',
      }));
      g.appendChild(svgEl('circle', { cx: from.x, cy: y1, r: 2.5, fill: c }));
      const label = svgEl('text', {
        x: (from.x + x2) / 2, y: (y1 + y2) / 2 - 0.75 * h - 2, fill: c, 'text-anchor': 'middle',
      });
      label.textContent = type;
      g.appendChild(label);
      svg.appendChild(g);
    }
  }

  function drawAll() {
    const plans = [...main.querySelectorAll('article.doc')].map(measure);
    plans.forEach(paint);
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(drawAll, 100);
  });

  setupControls();
  render();
})();
