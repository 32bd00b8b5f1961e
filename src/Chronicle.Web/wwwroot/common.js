// Shared helpers. Every piece of corpus text reaches the page through textContent or text nodes, never as markup.

/** Creates an element; string and number children become text nodes, never HTML. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

/** Creates an SVG element the same way. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

function setAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(String(value)));
    else if (key === 'style' || key.startsWith('on')) throw new Error('inline styles and handlers are not allowed');
    else node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Links go to this site or to http(s) pages; anything else (javascript:, data:) becomes inert. */
export function safeHref(href) {
  if (/^(https?:\/\/|\/|[a-z0-9-]+\.html(\?|$)|\?|#)/i.test(href) && !/^\/\//.test(href)) return href;
  return '#';
}

/** An external link to an article's source: never a script URL, never telling the site who sent the reader. */
export function externalLink(url, label) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, label || url);
}

export function entityHref(name) { return 'entity.html?name=' + encodeURIComponent(name); }
export function entityLink(name, label) { return el('a', { href: entityHref(name), class: 'entity-link' }, label || name); }
export function documentLink(id, title) { return el('a', { href: 'document.html?id=' + encodeURIComponent(id), class: 'doc-link' }, title || `Document ${id}`); }

export function params() { return new URLSearchParams(window.location.search); }

/** Fetches JSON; a ProblemDetails answer becomes an Error carrying its title and detail. */
export async function getJson(url, init) {
  const response = await fetch(url, init);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const message = body && (body.detail || body.title) ? `${body.title || 'Error'}: ${body.detail || ''}` : `HTTP ${response.status}`;
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
}

export function showError(container, error) {
  container.replaceChildren(el('p', { class: 'error', role: 'alert' }, error && error.message ? error.message : String(error)));
}

const pages = [
  ['index.html', 'Search'], ['entity.html', 'Entities'], ['map.html', 'Map'], ['stories.html', 'Stories'], ['analyze.html', 'Analyse'],
];

/** The site header with the current page marked. */
export function header(active) {
  const nav = el('nav', { 'aria-label': 'Main' },
    pages.map(([href, label]) => el('a', { href, class: href === active ? 'active' : null, 'aria-current': href === active ? 'page' : null }, label)));
  const top = el('header', { class: 'top' }, el('a', { href: 'index.html', class: 'brand' }, 'Chronicle'), nav);
  document.body.prepend(top);
}

export function day(value) { return value ? String(value).slice(0, 10) : ''; }

export function number(value, digits) {
  return typeof value === 'number' ? value.toFixed(digits === undefined ? 1 : digits) : '';
}

export const quadClasses = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
