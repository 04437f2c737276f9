// The collection (list) view of a document's children: search, sortable columns and paging, served page by page
// by collection/document/{id} so a folder of 1,627 careers opens as fast as a small one.
import { get, qs } from '../api.js';
import { h, mount, when, button } from '../dom.js';
import { can } from '../session.js';
import { stateLabel, pager } from './info.js';
import { createDocument } from './actions.js';

const TAKE = 25;
const COLUMNS = [['name', 'Name'], ['contentTypeAlias', 'Type'], ['published', 'Status'], ['updateDate', 'Last edited'], ['createDate', 'Created']];

export function renderCollection(host, workspace) {
  const state = { filter: '', orderBy: 'sortOrder', direction: 'Ascending', skip: 0 };
  const search = h('uui-input', { label: 'Search', placeholder: 'Search by name…', 'data-testid': 'collection-search' });
  const results = h('div', { class: 'collection-results' });
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.filter = search.value ?? ''; state.skip = 0; load(); }, 250);
  });
  const toolbar = h('div', { class: 'collection-toolbar' },
    can('Create') ? button('Create', () => createDocument(workspace.asItem()), { look: 'outline' }) : null, search);
  host.replaceChildren(h('div', { class: 'collection' }, toolbar, results));

  async function load() {
    const started = performance.now();
    const page = await get(`/collection/document/${workspace.document.id}${qs({ filter: state.filter, orderBy: state.orderBy, orderDirection: state.direction, skip: state.skip, take: TAKE })}`);
    const header = COLUMNS.map(([key, label]) => h('th', {},
      h('button', { class: `sort ${state.orderBy === key ? 'active' : ''}`, 'data-sort': key, onclick: () => {
        state.direction = state.orderBy === key && state.direction === 'Ascending' ? 'Descending' : 'Ascending';
        state.orderBy = key;
        state.skip = 0;
        load();
      } }, label, state.orderBy === key ? (state.direction === 'Ascending' ? ' ▲' : ' ▼') : '')));
    mount(results,
      h('table', { class: 'bo-table', 'data-testid': 'collection-table', 'data-total': page.total },
        h('thead', {}, h('tr', {}, header, h('th', {}, 'Updated by'))),
        h('tbody', {}, page.items.map(item => h('tr', {},
          h('td', {}, h('a', { href: `#/content/edit/${item.id}` }, item.variants[0].name)),
          h('td', {}, item.documentType.name),
          h('td', {}, stateLabel(item.variants[0].state)),
          h('td', {}, when(item.variants[0].updateDate)),
          h('td', {}, when(item.variants[0].createDate)),
          h('td', {}, item.updater ?? ''))))),
      page.items.length ? null : h('p', { class: 'tree-empty' }, state.filter ? 'Nothing matches.' : 'No items.'),
      h('div', { class: 'collection-footer' },
        h('small', { 'data-testid': 'collection-timing' }, `${page.total} items · ${Math.round(performance.now() - started)} ms`),
        pager(page.total, state.skip, TAKE, next => { state.skip = next; load(); })));
  }

  load();
}
