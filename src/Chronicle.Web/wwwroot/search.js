import { el, getJson, header, params, showError, documentLink, day, entityLink } from './common.js';

header('index.html');
const form = document.getElementById('search');
const results = document.getElementById('results');
const facetsBox = document.getElementById('facets');
const filtersBox = document.getElementById('filters');
const filterNames = ['entity', 'theme', 'site', 'language', 'from', 'to'];

function current() {
  const p = params();
  const state = {};
  for (const key of ['q', ...filterNames, 'offset']) if (p.get(key)) state[key] = p.get(key);
  return state;
}

function go(state) {
  const query = new URLSearchParams(Object.entries(state).filter(([, v]) => v));
  window.location.search = query.toString();
}

function fill(state) {
  for (const name of ['q', 'entity', 'from', 'to']) form.elements[name].value = state[name] || '';
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const state = current();
  for (const name of ['q', 'entity', 'from', 'to']) state[name] = form.elements[name].value.trim();
  delete state.offset;
  go(state);
});

function renderFilters(state) {
  const chips = filterNames.filter(name => state[name]).map(name => el('button', {
    type: 'button', class: 'chip filter', title: 'Remove this filter',
    onclick: () => { const next = { ...state }; delete next[name]; delete next.offset; go(next); },
  }, `${name}: ${state[name]} ✕`));
  filtersBox.replaceChildren(...chips);
}

function facet(title, key, values, state, describe) {
  if (!values || !values.length) return null;
  return el('section', { class: 'facet', 'data-facet': key }, el('h2', {}, title), el('ul', { class: 'plain' }, values.map(v => {
    const next = { ...state };
    delete next.offset;
    Object.assign(next, describe ? describe(v) : { [key]: v.value });
    const query = new URLSearchParams(Object.entries(next).filter(([, x]) => x)).toString();
    return el('li', {}, el('a', { href: '?' + query }, v.label ? `${v.value} (${v.label})` : v.value), ' ', el('span', { class: 'count' }, v.count));
  })));
}

function monthBounds(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

async function run() {
  const state = current();
  fill(state);
  renderFilters(state);
  const query = new URLSearchParams(Object.entries(state));
  query.set('limit', '20');
  try {
    const data = await getJson('/api/search?' + query.toString());
    const offset = Number(state.offset || 0);
    const heading = el('p', { class: 'summary' }, `${data.total}${data.partial ? '+' : ''} document${data.total === 1 ? '' : 's'}`);
    const list = el('ol', { class: 'hits', start: offset + 1 }, data.hits.map(hit => el('li', { class: 'hit' },
      el('h2', {}, documentLink(hit.document.id, hit.document.title || hit.document.path || `Document ${hit.document.id}`)),
      el('p', { class: 'meta' }, [hit.document.site, day(hit.document.published), hit.document.language].filter(Boolean).join(' · ')),
      el('p', { class: 'snippet' }, hit.snippet),
      hit.quote ? el('p', { class: 'quote-hit' }, `“${hit.quote.text}”`, hit.quote.speakerName ? [' — ', entityLink(hit.quote.speakerName)] : null) : null)));
    const pager = el('p', { class: 'pager' },
      offset > 0 ? el('a', { href: '?' + new URLSearchParams({ ...state, offset: Math.max(0, offset - 20) }).toString() }, '← previous') : null, ' ',
      offset + 20 < data.total ? el('a', { href: '?' + new URLSearchParams({ ...state, offset: offset + 20 }).toString() }, 'next →') : null);
    results.replaceChildren(heading, data.hits.length ? list : el('p', { class: 'hint' }, 'Nothing matches. Try fewer words or remove a filter.'), pager);
    const f = data.facets;
    facetsBox.replaceChildren(...[
      facet('Entities', 'entity', f.entity, state),
      facet('Themes', 'theme', f.theme, state),
      facet('Sites', 'site', f.site, state),
      facet('Languages', 'language', f.language, state),
      facet('Months', 'date', f.date, state, v => monthBounds(v.value)),
    ].filter(Boolean));
  } catch (error) {
    showError(results, error);
  }
}

run();
