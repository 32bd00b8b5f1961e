import { el, getJson, header, params, showError, day, documentLink, entityLink, externalLink, number } from './common.js';

header('stories.html');
const box = document.getElementById('story');
const id = params().get('id');

async function run() {
  if (!id || !/^\d+$/.test(id)) throw new Error('No story id given.');
  const data = await getJson('/api/clusters/' + encodeURIComponent(id));
  const c = data.cluster;
  document.title = `Chronicle · ${c.label || 'Story ' + c.id}`;
  const columns = el('div', { class: 'reports', id: 'reports' }, data.reports.map(r => el('article', { class: 'report' },
    el('h2', {}, documentLink(r.documentId, r.title)),
    el('p', { class: 'meta' }, [r.site, day(r.published), `tone ${number(r.tone)}`].filter(Boolean).join(' · '), r.syndicated ? el('span', { class: 'tag' }, 'syndicated copy') : null, ' ', externalLink(r.url, 'source')),
    r.counts.length ? el('ul', { class: 'chips' }, r.counts.map(t => el('li', { class: 'chip count' }, t))) : null,
    r.speakers.length ? el('p', { class: 'meta' }, 'Quoted: ', r.speakers.join(', ')) : null,
    el('p', { class: 'meta' }, r.entities.map((n, i) => [i ? ', ' : '', entityLink(n)])),
    el('p', { class: 'lead' }, r.lead))));
  const counts = data.counts.length ? el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, ['Type', 'Counted', 'Lowest credible', 'Figures given'].map(h => el('th', {}, h)))),
    el('tbody', {}, data.counts.map(r => el('tr', { class: r.conflicting ? 'conflicting' : null },
      el('td', {}, r.type), el('td', {}, r.counted || ''), el('td', { class: 'num' }, r.number, r.conflicting ? ' ⚠' : ''),
      el('td', {}, r.figures.map(f => `${f.approximate ? '~' : ''}${f.number} (${f.attribution || f.site || '#' + f.documentId})${f.credible ? '' : ' ✗'}`).join('; '))))))
    : el('p', { class: 'hint' }, 'No counts reported.');
  const events = data.events.length ? el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, ['Date', 'CAMEO', 'Source', 'Target', 'Where', 'Reports'].map(h => el('th', {}, h)))),
    el('tbody', {}, data.events.map(e => el('tr', {}, el('td', {}, day(e.date)), el('td', {}, `${e.code}${e.plover ? ' ' + e.plover : ''}`),
      el('td', {}, e.sourceName || e.sourceCode || ''), el('td', {}, e.targetName || e.targetCode || ''), el('td', {}, e.locationName || ''), el('td', { class: 'num' }, e.sources.length)))))
    : el('p', { class: 'hint' }, 'No merged events.');
  box.replaceChildren(
    el('h1', {}, c.label || `Story ${c.id}`),
    el('p', { class: 'meta' }, `${c.members.length} reports · ${[day(c.firstDate), day(c.lastDate)].filter(Boolean).join(' – ') || 'undated'}`),
    columns,
    el('section', {}, el('h2', {}, 'Counts across reports'), counts),
    el('section', {}, el('h2', {}, 'Events across reports'), events));
}

run().catch(error => showError(box, error));
