import { el, svg, getJson, header, params, showError, documentLink } from './common.js';

header('map.html');
const box = document.getElementById('map');
const place = document.getElementById('place');
const form = document.getElementById('map-filter');
const actor = (params().get('actor') || '').trim();
form.elements.actor.value = actor;

// Equirectangular: one unit per degree, x = lon + 180, y = 90 - lat.
function project(lat, lon) { return [lon + 180, 90 - lat]; }

async function run() {
  const [world, points] = await Promise.all([getJson('world.json'), getJson('/api/map' + (actor ? '?actor=' + encodeURIComponent(actor) : ''))]);
  const map = svg('svg', { viewBox: '0 0 360 180', class: 'world', role: 'img', 'aria-label': 'World map of event locations' });
  map.append(svg('rect', { x: 0, y: 0, width: 360, height: 180, class: 'sea' }));
  const land = svg('g', { class: 'land', 'shape-rendering': 'crispEdges' });
  for (const [row, runs] of Object.entries(world.rows)) {
    for (const [start, length] of runs) land.append(svg('rect', { x: start, y: Number(row), width: length, height: 1 }));
  }
  map.append(land);
  const countries = svg('g', { class: 'countries' });
  for (const [code, name, lat, lon] of world.countries) {
    const [x, y] = project(lat, lon);
    countries.append(svg('circle', { cx: x, cy: y, r: 0.6 }, svg('title', {}, `${name} (${code})`)));
  }
  map.append(countries);
  const most = Math.max(1, ...points.map(p => p.events));
  const layer = svg('g', { class: 'events' });
  for (const p of [...points].sort((a, b) => b.events - a.events)) {
    const [x, y] = project(p.lat, p.lon);
    const dot = svg('circle', { cx: x, cy: y, r: 1.2 + 4 * Math.sqrt(p.events / most), class: p.conflict * 2 >= p.events ? 'point conflict' : 'point', tabindex: 0 },
      svg('title', {}, `${p.name || 'unnamed place'}${p.countryCode ? ' (' + p.countryCode + ')' : ''}: ${p.events} events`));
    const select = () => showPlace(p);
    dot.addEventListener('click', select);
    dot.addEventListener('keydown', e => { if (e.key === 'Enter') select(); });
    layer.append(dot);
  }
  map.append(layer);
  box.replaceChildren(map, el('p', { class: 'hint' }, `${points.length} places, ${points.reduce((s, p) => s + p.events, 0)} geocoded events.`));
  place.replaceChildren(el('h2', {}, 'Places'), el('ol', { class: 'plain' }, points.slice(0, 30).map(p =>
    el('li', {}, el('button', { type: 'button', class: 'linkish', onclick: () => showPlace(p) }, `${p.name || 'unnamed'} ${p.countryCode ? '(' + p.countryCode + ')' : ''}`), ` ${p.events}`))));
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
