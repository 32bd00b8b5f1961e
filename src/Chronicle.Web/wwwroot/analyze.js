import { el, getJson, header, showError } from './common.js';
import { renderDocument } from './docview.js';

header('analyze.html');
const form = document.getElementById('analyze');
const result = document.getElementById('result');

form.addEventListener('submit', async event => {
  event.preventDefault();
  const button = form.querySelector('button');
  button.disabled = true;
  result.replaceChildren(el('p', { class: 'hint' }, 'Analysing…'));
  try {
    const body = { text: form.elements.text.value, format: form.elements.format.value, url: form.elements.url.value.trim() || null };
    const doc = await getJson('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    renderDocument(result, doc, { entityLinks: true });
  } catch (error) {
    showError(result, error);
  } finally {
    button.disabled = false;
  }
});
