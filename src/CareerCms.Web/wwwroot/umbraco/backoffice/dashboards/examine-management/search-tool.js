// The Examine search tool: pick a searcher, type a Lucene query (a word, or fields such as nodeName:engineer or
// __NodeTypeAlias:career), and page through the hits with their score, id, name and every stored field.
import { get, qs } from '../../api.js';
import { h, mount, button } from '../../dom.js';
import { table, pager, count, problemMessage } from '../dashboard-kit.js';

/** Hits per page. */
const TAKE = 20;

/** Renders the tool into host, with searchers to pick from and the selected one. */
export function renderSearchTool(host, searchers, selected) {
  let searcher = selected ?? searchers[0];
  const picker = h('uui-select', { label: 'Searcher', 'data-testid': 'searcher' });
  picker.options = searchers.map(name => ({ name, value: name, selected: name === searcher }));
  picker.addEventListener('change', () => { searcher = picker.value; });
  const query = h('uui-input', { label: 'Query', placeholder: 'Lucene syntax, e.g. engineer or nodeName:engineer', 'data-testid': 'search-query' });
  const results = h('div', { class: 'dash-results', 'data-testid': 'search-results' });

  const run = async skip => {
    const term = (query.value ?? '').trim();
    if (!term) {
      results.replaceChildren(h('p', { class: 'dash-muted' }, 'Type a query first.'));
      return;
    }
    results.replaceChildren(h('uui-loader-bar', {}));
    try {
      const page = await get(`/searcher/${encodeURIComponent(searcher)}/query${qs({ term, skip, take: TAKE })}`);
      mount(results,
        h('p', { class: 'dash-muted', 'data-testid': 'search-summary', 'data-total': page.total },
          `${count(page.total)} ${page.total === 1 ? 'result' : 'results'} for “${term}” in ${searcher}`),
        page.items.length
          ? table(['Score', 'Id', 'Name', 'Fields'], page.items.map(hit => ({ props: { 'data-id': hit.id }, cells: hitCells(hit) })), { 'data-testid': 'search-hits' })
          : null,
        pager(page.total, skip, TAKE, run));
    } catch (error) {
      results.replaceChildren(h('p', { class: 'dash-error', role: 'alert', 'data-testid': 'search-error' }, problemMessage(error)));
    }
  };

  query.addEventListener('keydown', event => { if (event.key === 'Enter') run(0); });
  host.replaceChildren(
    h('div', { class: 'dash-toolbar' }, picker, query, button('Search', () => run(0), { look: 'primary', attrs: { 'data-testid': 'search' } })),
    results);
}

function hitCells(hit) {
  const name = hit.fields.find(f => f.name === 'nodeName')?.values?.[0] ?? '';
  const fields = h('dl', { class: 'dash-fields', hidden: true },
    hit.fields.map(f => [h('dt', {}, f.name), h('dd', {}, f.values.join(', '))]));
  const toggle = h('button', {
    class: 'dash-link', 'aria-expanded': 'false', 'data-testid': 'toggle-fields',
    onclick: () => {
      fields.hidden = !fields.hidden;
      toggle.setAttribute('aria-expanded', String(!fields.hidden));
      toggle.textContent = `${fields.hidden ? 'Show' : 'Hide'} ${hit.fieldCount} fields`;
    },
  }, `Show ${hit.fieldCount} fields`);
  return [
    h('span', { class: 'dash-number', 'data-testid': 'score' }, hit.score.toFixed(3)),
    h('code', { 'data-testid': 'hit-id' }, hit.id),
    h('span', { 'data-testid': 'hit-name' }, name),
    h('div', {}, toggle, fields),
  ];
}
