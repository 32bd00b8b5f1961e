import { el, svg, getJson, header, params, showError, documentLink, entityLink, day, number, quadClasses } from './common.js';

header('entity.html');
const box = document.getElementById('entity');
const name = (params().get('name') || '').trim();

async function index() {
  const type = params().get('type') || '';
  const data = await getJson('/api/entities?limit=100' + (type ? '&type=' + encodeURIComponent(type) : ''));
  const search = el('form', { class: 'search' }, el('input', { name: 'name', type: 'text', placeholder: 'Find an entity by name', 'aria-label': 'Entity name' }), el('button', { type: 'submit' }, 'Open'));
  const types = el('p', { class: 'filters' }, ['', 'PERSON', 'ORG', 'LOC', 'MISC'].map(t => el('a', { href: t ? '?type=' + t : 'entity.html', class: t === type ? 'chip active' : 'chip' }, t || 'all')));
  box.replaceChildren(el('h1', {}, 'Entities'), search, types, el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, ['Name', 'Type', 'Country', 'Actor', 'Documents', 'Mentions'].map(h => el('th', {}, h)))),
    el('tbody', {}, data.map(e => el('tr', {}, el('td', {}, entityLink(e.name)), el('td', {}, e.type), el('td', {}, e.country || ''), el('td', {}, e.actor || ''), el('td', { class: 'num' }, e.documents), el('td', { class: 'num' }, e.mentions))))));
}

/** Mentions per document as bars over time, events as dots above them (red conflict, green cooperation). */
function timeline(entries, events) {
  const dated = entries.filter(t => t.date);
  const eventDays = events.map(e => ({ e, date: e.date || e.publishedDay })).filter(x => x.date);
  const times = [...dated.map(t => Date.parse(day(t.date))), ...eventDays.map(x => Date.parse(day(x.date)))].filter(Number.isFinite);
  if (!times.length) return el('p', { class: 'hint' }, 'No dated documents or events to draw.');
  const width = 900, height = 180, left = 40, right = 20, base = 140;
  let min = Math.min(...times), max = Math.max(...times);
  if (max - min < 86400000 * 2) { min -= 86400000 * 3; max += 86400000 * 3; }
  const x = t => left + (t - min) / (max - min) * (width - left - right);
  const most = Math.max(1, ...dated.map(t => t.mentions));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': 'Timeline of mentions and events' });
  chart.append(svg('line', { x1: left, x2: width - right, y1: base, y2: base, class: 'axis' }));
  for (const [t, anchor] of [[min, 'start'], [(min + max) / 2, 'middle'], [max, 'end']]) {
    chart.append(svg('text', { x: x(t), y: base + 18, class: 'tick', 'text-anchor': anchor }, new Date(t).toISOString().slice(0, 10)));
  }
  for (const t of dated) {
    const h = Math.max(3, t.mentions / most * 90);
    const bar = svg('rect', { x: x(Date.parse(day(t.date))) - 3, y: base - h, width: 6, height: h, class: 'bar' },
      svg('title', {}, `${day(t.date)} · ${t.title || 'Document ' + t.documentId} · ${t.mentions} mentions, ${t.quotes} quotes, ${t.events} events`));
    const link = svg('a', { href: 'document.html?id=' + t.documentId }, bar);
    chart.append(link);
  }
  const stacks = new Map();
  for (const { e, date } of eventDays) {
    const key = day(date);
    const level = stacks.get(key) || 0;
    stacks.set(key, level + 1);
    const dot = svg('circle', { cx: x(Date.parse(key)), cy: base - 100 - level * 9, r: 4, class: e.quadClass >= 3 ? 'dot conflict' : 'dot cooperation' },
      svg('title', {}, `${key} · ${e.code} ${e.sourceName || '?'} → ${e.targetName || '?'}${e.locationName ? ' @ ' + e.locationName : ''} (${quadClasses[e.quadClass] || ''})`));
    chart.append(svg('a', { href: 'document.html?id=' + e.documentId }, dot));
  }
  return chart;
}

/** The actor and everyone it acts on or is acted on by, in a ring; line colour says conflict or cooperation. */
function network(edges, focus) {
  if (!edges.length) return el('p', { class: 'hint' }, 'No coded events between this actor and others.');
  const norm = s => (s || '').toLowerCase();
  const f = norm(focus);
  const touches = (key, label) => norm(key) === f || norm(label).includes(f);
  const others = new Map();
  for (const edge of edges) {
    const outgoing = touches(edge.source, edge.sourceName);
    const key = outgoing ? edge.target : edge.source;
    const label = outgoing ? edge.targetName : edge.sourceName;
    const item = others.get(key) || { key, label, events: 0, conflict: 0, cooperation: 0, goldstein: 0 };
    item.events += edge.events; item.conflict += edge.conflict; item.cooperation += edge.cooperation; item.goldstein += edge.meanGoldstein * edge.events;
    others.set(key, item);
  }
  const nodes = [...others.values()].sort((a, b) => b.events - a.events).slice(0, 24);
  const size = 520, c = size / 2, ring = 190;
  const chart = svg('svg', { viewBox: `0 0 ${size} ${size}`, class: 'network', role: 'img', 'aria-label': 'Actor network' });
  const maxEvents = Math.max(...nodes.map(n => n.events));
  nodes.forEach((n, i) => {
    const angle = (i / nodes.length) * Math.PI * 2 - Math.PI / 2;
    n.x = c + Math.cos(angle) * ring; n.y = c + Math.sin(angle) * ring;
    chart.append(svg('line', { x1: c, y1: c, x2: n.x, y2: n.y, 'stroke-width': 1 + 5 * n.events / maxEvents, class: n.conflict > n.cooperation ? 'edge conflict' : 'edge cooperation' },
      svg('title', {}, `${n.events} events, ${n.conflict} conflict, ${n.cooperation} cooperation, mean Goldstein ${number(n.goldstein / n.events)}`)));
  });
  chart.append(svg('circle', { cx: c, cy: c, r: 16, class: 'node focus' }), svg('text', { x: c, y: c + 32, class: 'node-label focus', 'text-anchor': 'middle' }, focus));
  for (const n of nodes) {
    const group = svg('a', { href: 'entity.html?name=' + encodeURIComponent(n.label || n.key) },
      svg('circle', { cx: n.x, cy: n.y, r: 5 + 7 * Math.sqrt(n.events / maxEvents), class: 'node' }),
      svg('text', { x: n.x, y: n.y + (n.y > c ? 24 : -14), class: 'node-label', 'text-anchor': 'middle' }, n.label || n.key));
    chart.append(group);
  }
  return chart;
}

async function show() {
  const enc = encodeURIComponent(name);
  const [data, quotes] = await Promise.all([getJson('/api/entities/timeline?name=' + enc), getJson('/api/entities/quotes?name=' + enc)]);
  document.title = `Chronicle · ${name}`;
  let edges = await getJson('/api/network?actor=' + enc);
  const actor = data.matches.map(m => m.actor).find(Boolean);
  if (!edges.length && actor) edges = await getJson('/api/network?actor=' + encodeURIComponent(actor));
  const best = data.matches[0];
  const facts = best ? [best.type, best.country, best.actor ? 'actor ' + best.actor : null, best.wikidataId, `${best.documents} documents`, `${best.mentions} mentions`].filter(Boolean).join(' · ') : 'Not found in this corpus.';
  box.replaceChildren(...[
    el('h1', {}, best ? best.name : name),
    el('p', { class: 'meta' }, facts, ' · ', el('a', { href: 'map.html?actor=' + encodeURIComponent(actor || name) }, 'events on the map'), ' · ',
      el('a', { href: 'index.html?entity=' + encodeURIComponent(name) }, 'search its documents')),
    data.matches.length > 1 ? el('p', { class: 'hint' }, 'Also matching: ', data.matches.slice(1).map((m, i) => [i ? ', ' : '', entityLink(m.name)])) : null,
    el('section', { id: 'timeline' }, el('h2', {}, 'Timeline'), timeline(data.timeline, data.events)),
    el('div', { class: 'two' },
      el('section', { id: 'quotes' }, el('h2', {}, `Quotes (${quotes.length})`), quotes.length
        ? el('ul', { class: 'plain quotes' }, quotes.map(q => el('li', {}, el('blockquote', {}, q.text), el('p', { class: 'meta' }, q.speakerName || '', ' · ', documentLink(q.documentId, q.title), q.date ? ' · ' + day(q.date) : ''))))
        : el('p', { class: 'hint' }, 'No quotes attributed.')),
      el('section', { id: 'network' }, el('h2', {}, 'Actor network'), network(edges, actor && !edges.some(e => e.sourceName === name || e.targetName === name) ? actor : name))),
    el('section', { id: 'documents' }, el('h2', {}, `Documents (${data.timeline.length})`), el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['Date', 'Title', 'Site', 'Mentions', 'Quotes', 'Events'].map(h => el('th', {}, h)))),
      el('tbody', {}, data.timeline.map(t => el('tr', {}, el('td', {}, day(t.date)), el('td', {}, documentLink(t.documentId, t.title)), el('td', {}, t.site || ''),
        el('td', { class: 'num' }, t.mentions), el('td', { class: 'num' }, t.quotes), el('td', { class: 'num' }, t.events)))))),
    el('section', { id: 'events' }, el('h2', {}, `Events (${data.events.length})`), data.events.length ? el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['Date', 'CAMEO', 'Source', 'Target', 'Where', 'Goldstein', 'Document'].map(h => el('th', {}, h)))),
      el('tbody', {}, data.events.map(e => el('tr', {}, el('td', {}, day(e.date || e.publishedDay)), el('td', {}, `${e.code}${e.plover ? ' ' + e.plover : ''}`),
        el('td', {}, e.sourceName || e.sourceCode || ''), el('td', {}, e.targetName || e.targetCode || ''), el('td', {}, e.locationName || ''),
        el('td', { class: 'num' }, number(e.goldstein)), el('td', {}, documentLink(e.documentId, '#' + e.documentId))))))
      : el('p', { class: 'hint' }, 'No coded events.')),
  ].filter(Boolean));
}

(name ? show() : index()).catch(error => showError(box, error));
