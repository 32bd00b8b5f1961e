// Renders one document of the analyze --json contract: its text with the evidence marked, and the layers beside it.
// The text is split at every annotation boundary and each piece becomes a text node inside a <span>, so article text
// can never become markup, whatever it contains.
import { el, entityLink, externalLink, number, quadClasses } from './common.js';

const entityTypes = ['PERSON', 'ORG', 'LOC', 'MISC'];
const typeNames = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };

/** Collects every highlighted span of the document as {kind, start, end, cls, label, item}. */
function annotations(doc) {
  const list = [];
  const add = (kind, span, cls, label, item) => {
    if (!span) return;
    const [start, end] = Array.isArray(span) ? span : [span.start, span.end];
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) list.push({ kind, start, end, cls, label, item, index: list.length });
  };
  for (const entity of doc.entities || []) {
    for (const mention of entity.mentions || []) add('entity', mention, `ent ent-${entityTypes.includes(entity.type) ? entity.type : 'MISC'}`, `${entity.type}: ${entity.name}`, entity);
  }
  for (const quote of doc.quotes || []) {
    add('quote', quote, 'quote', `Quote${quote.speakerName ? ' — ' + quote.speakerName : ''}`, quote);
    if (quote.speakerSpan) add('speaker', quote.speakerSpan, 'speaker', `Speaker: ${quote.speakerName || ''}`, quote);
  }
  for (const count of doc.counts || []) add('count', count, 'count', `${count.type} ${count.number}${count.object ? ' ' + count.object : ''}`, count);
  for (const event of doc.events || []) {
    const where = event.location && event.location.name ? ` @ ${event.location.name}` : '';
    add('event', event.trigger || event, `event quad${event.quadClass}`,
      `Event ${event.code}${event.plover ? ' / ' + event.plover : ''}: ${actorText(event.source)} → ${actorText(event.target)}${where} (Goldstein ${number(event.goldstein)})`, event);
  }
  for (const mark of doc.rhetoric || []) add('rhetoric', mark, 'rhetoric', `Rhetoric: ${mark.type}`, mark);
  return list;
}

/** Splits the text at every boundary; each piece knows the annotations covering it. */
function segments(text, anns) {
  const n = text.length;
  const starts = new Map();
  const ends = new Map();
  const points = new Set([0, n]);
  for (const ann of anns) {
    ann.start = Math.max(0, Math.min(n, ann.start));
    ann.end = Math.max(0, Math.min(n, ann.end));
    if (ann.end <= ann.start) continue;
    points.add(ann.start); points.add(ann.end);
    (starts.get(ann.start) || starts.set(ann.start, []).get(ann.start)).push(ann);
    (ends.get(ann.end) || ends.set(ann.end, []).get(ann.end)).push(ann);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const active = new Set();
  const out = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const at = sorted[i];
    for (const ann of ends.get(at) || []) active.delete(ann);
    for (const ann of starts.get(at) || []) active.add(ann);
    out.push({ start: at, end: sorted[i + 1], anns: [...active] });
  }
  return out;
}

function field(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return el('div', { class: 'field' }, el('span', { class: 'label' }, label), ' ', value instanceof Node ? value : String(value));
}

function actorText(actor) {
  if (!actor) return '—';
  return `${actor.name || '?'}${actor.code ? ' (' + actor.code + ')' : ''}`;
}

/** The detail card of one annotation, built from data only. */
function detail(ann, doc, entitiesById, options) {
  const item = ann.item;
  switch (ann.kind) {
    case 'entity':
      return el('div', { class: 'card' },
        el('h3', {}, item.name), field('Type', item.type), field('Mentions', (item.mentions || []).length),
        field('Country', item.country), field('Actor code', item.actor), field('Role', item.role), field('Wikidata', item.wikidata),
        item.aliases && item.aliases.length ? field('Also', item.aliases.join(', ')) : null,
        item.geo ? field('Location', `${number(item.geo.lat, 3)}, ${number(item.geo.lon, 3)}${item.geo.countryCode ? ' (' + item.geo.countryCode + ')' : ''}`) : null,
        options.entityLinks ? el('p', {}, entityLink(item.name, 'Entity page →')) : null);
    case 'quote':
    case 'speaker': {
      const speaker = item.speaker && entitiesById.get(item.speaker);
      return el('div', { class: 'card' },
        el('h3', {}, 'Quote'), el('blockquote', {}, item.text || doc.text.slice(item.start, item.end)),
        field('Speaker', item.speakerName ? (options.entityLinks ? entityLink(speaker ? speaker.name : item.speakerName, item.speakerName) : item.speakerName) : 'unattributed'),
        field('Cue', item.cue), field('Form', item.direct ? 'direct' : 'indirect'));
    }
    case 'count':
      return el('div', { class: 'card' },
        el('h3', {}, `${item.type}: ${item.approximate ? 'about ' : ''}${item.number}`), field('Counted', item.object),
        field('Location', item.location), field('Date', item.date), field('According to', item.attribution),
        field('Evidence', doc.text.slice(item.start, item.end)));
    case 'event':
      return el('div', { class: 'card' },
        el('h3', {}, `CAMEO ${item.code}`), field('Root code', item.rootCode), field('PLOVER', item.plover),
        field('Source', actorText(item.source)), field('Target', actorText(item.target)),
        field('Location', item.location ? `${item.location.name || ''}${item.location.countryCode ? ' (' + item.location.countryCode + ')' : ''}${item.location.lat !== undefined ? ` ${number(item.location.lat, 2)}, ${number(item.location.lon, 2)}` : ''}` : null),
        field('Goldstein', number(item.goldstein)), field('Quad class', `${item.quadClass} (${quadClasses[item.quadClass] || '?'})`),
        field('Date', item.date), field('Document tone', doc.tone ? number(doc.tone.tone, 2) : null),
        field('Evidence', doc.text.slice(item.start, item.end)));
    default:
      return el('div', { class: 'card' }, el('h3', {}, `Rhetoric: ${item.type}`), field('Evidence', doc.text.slice(item.start, item.end)));
  }
}

/**
 * Renders doc into container. options.entityLinks links entities to their corpus pages.
 * Returns nothing; everything is wired with event listeners (the CSP forbids inline handlers).
 */
export function renderDocument(container, doc, options = {}) {
  options = { entityLinks: true, ...options };
  const text = typeof doc.text === 'string' ? doc.text : '';
  const anns = annotations(doc);
  const entitiesById = new Map((doc.entities || []).map(e => [e.id, e]));
  const spansByAnn = new Map();
  const detailBox = el('div', { class: 'detail', id: 'detail', 'aria-live': 'polite' }, el('p', { class: 'hint' }, 'Click a highlight to see its evidence.'));

  const textBox = el('div', { class: 'text', id: 'doc-text' });
  for (const seg of segments(text, anns)) {
    const piece = text.slice(seg.start, seg.end);
    if (seg.anns.length === 0) { textBox.append(document.createTextNode(piece)); continue; }
    const classes = new Set(seg.anns.flatMap(a => a.cls.split(' ')));
    const span = el('span', { class: [...classes].join(' '), tabindex: '0', 'data-start': seg.start, 'data-end': seg.end }, piece);
    span.title = seg.anns.map(a => a.label).join(' · ');
    for (const ann of seg.anns) (spansByAnn.get(ann) || spansByAnn.set(ann, []).get(ann)).push(span);
    const show = () => select(seg.anns);
    span.addEventListener('click', show);
    span.addEventListener('keydown', e => { if (e.key === 'Enter') show(); });
    textBox.append(span);
  }

  function mark(ann, cls) { for (const s of spansByAnn.get(ann) || []) s.classList.add(cls); }

  function select(list) {
    for (const s of textBox.querySelectorAll('.selected, .linked')) s.classList.remove('selected', 'linked');
    // Prefer the most specific: quotes and events over the entity mentions inside them.
    const order = { quote: 0, event: 1, count: 2, speaker: 3, entity: 4, rhetoric: 5 };
    const sorted = [...list].sort((a, b) => order[a.kind] - order[b.kind]);
    detailBox.replaceChildren(...sorted.map(a => detail(a, doc, entitiesById, options)));
    for (const ann of sorted) {
      mark(ann, 'selected');
      // A quote lights up its speaker and the speaker its quotes: who said it is part of the evidence.
      if (ann.kind === 'quote' || ann.kind === 'speaker') {
        for (const other of anns) if ((other.kind === 'speaker' || other.kind === 'quote') && other.item === ann.item) mark(other, 'linked');
      }
    }
  }

  function reveal(ann) {
    const spans = spansByAnn.get(ann) || [];
    if (spans.length) spans[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    select([ann]);
  }

  const metaParts = [doc.site, doc.published ? String(doc.published).slice(0, 10) : null, (doc.byline || []).join(', '), doc.language, doc.genre].filter(Boolean);
  const legend = el('div', { class: 'legend' },
    ...[['ent-PERSON', 'person'], ['ent-ORG', 'organisation'], ['ent-LOC', 'place'], ['ent-MISC', 'other'], ['quote', 'quote'], ['speaker', 'speaker'], ['count', 'count'], ['event', 'event'], ['rhetoric', 'rhetoric']]
      .map(([cls, label]) => {
        const box = el('input', { type: 'checkbox', checked: 'checked', 'aria-label': `Show ${label}` });
        box.addEventListener('change', () => textBox.classList.toggle('hide-' + cls, !box.checked));
        return el('label', { class: 'key' }, box, el('span', { class: cls }, label));
      }));

  const article = el('article', { class: 'doc-main' },
    el('h1', { class: 'doc-title' }, doc.title || '(untitled)'),
    el('p', { class: 'meta' }, metaParts.join(' · '), ' ', externalLink(doc.source && doc.source.url, 'source')),
    legend, textBox);

  const side = el('aside', { class: 'doc-side' }, detailBox);
  if (doc.tone) {
    side.append(el('section', {}, el('h2', {}, 'Tone'),
      el('p', {}, `tone ${number(doc.tone.tone, 2)} · positive ${number(doc.tone.positive, 2)} · negative ${number(doc.tone.negative, 2)} · ${doc.tone.wordCount} words`)));
  }

  const byType = new Map();
  for (const entity of doc.entities || []) (byType.get(entity.type) || byType.set(entity.type, []).get(entity.type)).push(entity);
  const entitySection = el('section', { id: 'entities' }, el('h2', {}, `Entities (${(doc.entities || []).length})`));
  for (const type of entityTypes) {
    const list = (byType.get(type) || []).sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
    if (!list.length) continue;
    entitySection.append(el('h3', {}, typeNames[type]), el('ul', { class: 'chips' }, list.map(entity => {
      const ann = anns.find(a => a.kind === 'entity' && a.item === entity);
      return el('li', {},
        el('button', { type: 'button', class: `chip ent ent-${type}`, onclick: () => ann ? reveal(ann) : null }, `${entity.name} ×${(entity.mentions || []).length}`),
        options.entityLinks ? entityLink(entity.name, '→') : null);
    })));
  }

  side.append(entitySection);
  side.append(listSection('quotes', 'Quotes', doc.quotes, q => el('li', {},
    el('button', { type: 'button', class: 'linkish', onclick: () => reveal(anns.find(a => a.kind === 'quote' && a.item === q)) }, `“${q.text}”`),
    ' — ', q.speakerName ? (options.entityLinks ? entityLink(entitiesById.get(q.speaker)?.name || q.speakerName, q.speakerName) : q.speakerName) : el('em', {}, 'unattributed'))));
  side.append(listSection('counts', 'Counts', doc.counts, c => el('li', {},
    el('button', { type: 'button', class: 'linkish', onclick: () => reveal(anns.find(a => a.kind === 'count' && a.item === c)) },
      `${c.type} ${c.approximate ? '~' : ''}${c.number} ${c.object || ''}`))));
  side.append(listSection('events', 'Events', doc.events, e => el('li', {},
    el('button', { type: 'button', class: 'linkish', onclick: () => reveal(anns.find(a => a.kind === 'event' && a.item === e)) },
      `${e.code}${e.plover ? ' ' + e.plover : ''}: ${actorText(e.source)} → ${actorText(e.target)}${e.location && e.location.name ? ' @ ' + e.location.name : ''}`))));
  side.append(listSection('themes', 'Themes', doc.themes, t => el('li', {}, `${t.code} ×${(t.mentions || []).length}`)));
  side.append(listSection('diagnostics', 'Diagnostics', doc.diagnostics, d => el('li', {}, `${d.severity} ${d.code} (${d.stage}): ${d.message}`)));

  container.replaceChildren(el('div', { class: 'docview' }, article, side));
}

function listSection(id, title, items, render) {
  items = items || [];
  return el('section', { id }, el('h2', {}, `${title} (${items.length})`), items.length ? el('ul', { class: 'plain' }, items.map(render)) : el('p', { class: 'hint' }, 'None.'));
}
