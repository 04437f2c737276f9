// Shared by the CareerCms backoffice elements: reading the plugin's backoffice data and building DOM safely.
// No @umbraco-cms/backoffice imports, so the same files run in Umbraco's backoffice and in CareerCms's own.

const BASE = '/umbraco/management/api/v1';

/** A request that failed, with the server's ProblemDetails title/detail when it sent one. */
export class CareerCmsApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/**
 * GET from the Management API: through the host's client when the backoffice hands one to the element
 * (`element.api`), else with fetch and the session cookie.
 */
export async function getJson(element, path) {
  if (element.api?.get) {
    try {
      return await element.api.get(path);
    } catch (error) {
      throw new CareerCmsApiError(error.status ?? 0, error.problem);
    }
  }

  const response = await fetch(BASE + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { title: text }; }
  if (!response.ok) throw new CareerCmsApiError(response.status, body);
  return body;
}

const template = document.createElement('template');

// UUI elements set attributes in their constructors, which document.createElement forbids for custom elements;
// importing a parsed element upgrades them instead (as Lit templates do). Tags are literals of this package.
function create(tag) {
  if (!tag.includes('-')) return document.createElement(tag);
  template.innerHTML = `<${tag}></${tag}>`;
  return document.importNode(template.content.firstElementChild, true);
}

/** Creates an element with attributes/properties and children (strings become text nodes: never parsed as HTML). */
export function h(tag, props = {}, ...children) {
  const element = create(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.substring(2), value);
    else if (key === 'style' && typeof value === 'string') element.setAttribute('style', value);
    else if (key in element && typeof value !== 'string') element[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A uui-table with a header row and one row per item. */
export function table(headers, rows) {
  return h('uui-table', {},
    h('uui-table-head', {}, headers.map(header => h('uui-table-head-cell', {}, header))),
    rows.map(cells => h('uui-table-row', {}, cells.map(cell => h('uui-table-cell', {}, cell)))));
}

/** Shared styles of the elements (Umbraco's design tokens, with fallbacks outside the backoffice). */
export const styles = `
  :host { display: block; padding: var(--uui-size-layout-1, 24px); }
  uui-box { margin-bottom: var(--uui-size-space-5, 18px); }
  .figures { display: flex; flex-wrap: wrap; gap: var(--uui-size-space-6, 24px); }
  .figure strong { display: block; font-size: var(--uui-type-h3-size, 1.5rem); }
  .muted { color: var(--uui-color-text-alt, #68676b); }
  .error { color: var(--uui-color-danger, #d42054); }
  .toolbar { display: flex; gap: var(--uui-size-space-3, 9px); align-items: center; margin-bottom: var(--uui-size-space-4, 12px); }
  uui-table-cell.number, .number { text-align: right; font-variant-numeric: tabular-nums; }
`;

/** Renders a loader, then the content or an error into a shadow root. */
export async function render(root, load, draw) {
  root.replaceChildren(h('style', {}, styles), h('uui-loader', { label: 'Loading' }));
  try {
    const data = await load();
    root.replaceChildren(h('style', {}, styles), ...[draw(data)].flat());
  } catch (error) {
    root.replaceChildren(h('style', {}, styles), h('uui-box', { headline: 'CareerCms' }, h('p', { class: 'error' }, error.message)));
  }
}
