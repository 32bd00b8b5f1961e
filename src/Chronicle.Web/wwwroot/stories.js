import { el, getJson, header, showError, day, entityLink } from './common.js';

header('stories.html');
const box = document.getElementById('stories');

async function run() {
  const clusters = await getJson('/api/clusters?limit=200');
  if (!clusters.length) { box.replaceChildren(el('p', { class: 'hint' }, 'No story has more than one report yet.')); return; }
  box.replaceChildren(el('ul', { class: 'plain stories' }, clusters.map(c => el('li', { class: 'story' },
    el('h2', {}, el('a', { href: 'story.html?id=' + encodeURIComponent(c.id) }, c.label || `Story ${c.id}`)),
    el('p', { class: 'meta' }, `${c.members.length} reports · ${[day(c.firstDate), day(c.lastDate)].filter(Boolean).join(' – ') || 'undated'} · ${c.eventRecords} events · `,
      [...new Set(c.members.map(m => m.site).filter(Boolean))].join(', ')),
    el('p', {}, c.topEntities.map((name, i) => [i ? ', ' : '', entityLink(name)]))))));
}

run().catch(error => showError(box, error));
