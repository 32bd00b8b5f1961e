import { el, svg, getJson, header, params, showError, documentLink } from './common.js';

header('map.html');
const box = document.getElementById('map');
const place = document.getElementById('place');
const form = document.getElementById('map-filter');
const actor = (params().get('actor') || '').trim();
form.elements.actor.value = actor;

// world.json: Natural Earth 1:110m country outlines, equirectangular on a grid of tenths of a degree
// (x = 10 (lon + 180), y = 10 (90 - lat)); built by `Chronicle.Training world-map`.
const UNIT = 10;
function project(lat, lon) { return [(lon + 180) * UNIT, (90 - lat) * UNIT]; }

async function run() {
  const [world, points] = await Promise.all([getJson('world.json'), getJson('/api/map' + (actor ? '?actor=' + encodeURIComponent(actor) : ''))]);
  const view = { x: 0, y: 0, w: world.width, h: world.height };
  const map = svg('svg', { viewBox: `0 0 ${world.width} ${world.height}`, class: 'world', role: 'img', 'aria-label': 'World map of event locations' });
  const layers = svg('g', { class: 'viewport' });
  layers.append(svg('rect', { x: -world.width, y: -world.height, width: 3 * world.width, height: 3 * world.height, class: 'sea' }));
  const countries = svg('g', { class: 'countries' });
  const shapes = world.countries.map(c => {
    const shape = svg('path', { d: c.d, class: 'country', 'data-name': c.name, 'data-id': c.id });
    shape.append(svg('title', {}, c.name));
    countries.append(shape);
    return { country: c, shape, points: [] };
  });
  layers.append(countries);
  const most = Math.max(1, ...points.map(p => p.events));
  const dots = svg('g', { class: 'events' });
  for (const p of [...points].sort((a, b) => b.events - a.events)) {
    const [x, y] = project(p.lat, p.lon);
    const dot = svg('circle', { cx: x, cy: y, r: UNIT * (1.2 + 4 * Math.sqrt(p.events / most)), class: p.conflict * 2 >= p.events ? 'point conflict' : 'point', tabindex: 0 },
      svg('title', {}, `${p.name || 'unnamed place'}${p.countryCode ? ' (' + p.countryCode + ')' : ''}: ${p.events} events`));
    const select = event => { event.stopPropagation(); showPlace(p); };
    dot.addEventListener('click', select);
    dot.addEventListener('keydown', e => { if (e.key === 'Enter') select(e); });
    dots.append(dot);
  }
  layers.append(dots);
  map.append(layers);
  const label = el('div', { class: 'map-label', hidden: true });
  const zoom = el('div', { class: 'map-zoom' },
    el('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoomBy(1 / 1.6) }, '+'),
    el('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoomBy(1.6) }, '−'),
    el('button', { type: 'button', 'aria-label': 'Whole world', onclick: () => setView(0, 0, world.width, world.height) }, '⟲'));
  const frame = el('div', { class: 'map-frame' }, map, zoom, label);
  box.replaceChildren(frame, el('p', { class: 'hint' }, `${points.length} places, ${points.reduce((s, p) => s + p.events, 0)} geocoded events. Drag to pan, wheel or +/− to zoom; click a country or a disc for its documents.`));

  // Each place belongs to the country whose outline holds it (the outlines are in the DOM now, so the browser can tell).
  for (const p of points) {
    const [x, y] = project(p.lat, p.lon);
    const at = new DOMPoint(x, y);
    const owner = shapes.find(s => { const b = s.shape.getBBox(); return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height && s.shape.isPointInFill(at); });
    if (owner) owner.points.push(p);
  }

  for (const s of shapes) {
    const events = s.points.reduce((n, p) => n + p.events, 0);
    const documents = new Set(s.points.flatMap(p => p.documentIds)).size;
    if (documents > 0) s.shape.classList.add('has-docs');
    const text = documents > 0 ? `${s.country.name}: ${documents} documents, ${events} events` : s.country.name;
    s.shape.querySelector('title').textContent = text;
    s.shape.addEventListener('mousemove', e => { label.hidden = false; label.textContent = text; label.style.left = `${e.offsetX + 12}px`; label.style.top = `${e.offsetY + 12}px`; });
    s.shape.addEventListener('mouseleave', () => { label.hidden = true; });
    s.shape.addEventListener('click', () => { if (!dragged) showCountry(s.country, s.points); });
  }

  function setView(x, y, w, h) {
    w = Math.min(world.width, Math.max(world.width / 40, w));
    h = w * world.height / world.width;
    view.x = Math.min(world.width - w, Math.max(0, x));
    view.y = Math.min(world.height - h, Math.max(0, y));
    view.w = w; view.h = h;
    map.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  }

  function zoomBy(factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) {
    const w = view.w * factor;
    const h = view.h * factor;
    setView(cx - (cx - view.x) * factor, cy - (cy - view.y) * factor, w, h);
  }

  function toMap(e) {
    const r = map.getBoundingClientRect();
    return [view.x + (e.clientX - r.left) / r.width * view.w, view.y + (e.clientY - r.top) / r.height * view.h];
  }

  map.addEventListener('wheel', e => { e.preventDefault(); const [cx, cy] = toMap(e); zoomBy(e.deltaY < 0 ? 1 / 1.25 : 1.25, cx, cy); }, { passive: false });
  let drag = null;
  let dragged = false;
  map.addEventListener('pointerdown', e => { drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y }; dragged = false; });
  map.addEventListener('pointermove', e => {
    if (!drag) return;
    const r = map.getBoundingClientRect();
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) dragged = true;
    if (dragged) setView(drag.vx - dx / r.width * view.w, drag.vy - dy / r.height * view.h, view.w, view.h);
  });
  window.addEventListener('pointerup', () => { drag = null; });

  const ranked = shapes.filter(s => s.points.length > 0).sort((a, b) => b.points.length - a.points.length);
  place.replaceChildren(el('h2', {}, 'Countries'), el('ol', { class: 'plain' }, ranked.slice(0, 30).map(s =>
    el('li', {}, el('button', { type: 'button', class: 'linkish', onclick: () => showCountry(s.country, s.points) }, s.country.name), ` ${new Set(s.points.flatMap(p => p.documentIds)).size} documents`))));
}

function showCountry(country, inside) {
  const ids = [...new Set(inside.flatMap(p => p.documentIds))];
  place.replaceChildren(el('h2', {}, country.name),
    el('p', { class: 'meta' }, ids.length > 0 ? `${ids.length} documents, ${inside.length} places` : 'No geocoded events here.'),
    el('ul', { class: 'plain country-documents' }, ids.map(id => el('li', {}, documentLink(id)))),
    inside.length > 0 ? el('p', { class: 'meta' }, 'Places: ', ...inside.map(p => el('button', { type: 'button', class: 'linkish', onclick: () => showPlace(p) }, p.name || 'unnamed')).flatMap((b, i) => i ? [', ', b] : [b])) : '');
}

function showPlace(p) {
  place.replaceChildren(el('h2', {}, p.name || 'Unnamed place'),
    el('p', { class: 'meta' }, `${p.countryCode || ''} · ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)} · ${p.events} events (${p.conflict} conflict) · root codes ${p.rootCodes.join(', ')}`),
    el('ul', { class: 'plain' }, p.documentIds.map(id => el('li', {}, documentLink(id)))));
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const value = form.elements.actor.value.trim();
  window.location.search = value ? '?actor=' + encodeURIComponent(value) : '';
});

run().catch(error => showError(box, error));
