import { el, getJson, header, params, showError, day } from './common.js';
import { renderDocument } from './docview.js';

header('');
const box = document.getElementById('document');
const id = params().get('id');

async function run() {
  if (!id || !/^\d+$/.test(id)) { showError(box, new Error('No document id given.')); return; }
  try {
    const data = await getJson('/api/documents/' + encodeURIComponent(id));
    document.title = `Chronicle · ${data.document.title || 'Document ' + id}`;
    renderDocument(box, data.document, { entityLinks: true });
    const s = data.summary;
    if (s.cluster) {
      box.prepend(el('p', { class: 'notice' }, 'Part of a story reported elsewhere too: ', el('a', { href: 'story.html?id=' + encodeURIComponent(s.cluster) }, 'compare the reports'),
        s.published ? ` (published ${day(s.published)})` : ''));
    }
  } catch (error) {
    showError(box, error);
  }
}

run();
