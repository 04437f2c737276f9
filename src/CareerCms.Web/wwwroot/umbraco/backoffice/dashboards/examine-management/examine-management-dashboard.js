// Examine Management (Settings section), after Umbraco's dashboard: every index with its health and document and
// field counts, each index's details with a rebuild that shows its progress, and a search tool over any searcher.
// A corrupt or unreadable index shows its message; the page itself never breaks (Umbraco #14805).
import { get } from '../../api.js';
import { h } from '../../dom.js';
import { useDashboardStyles, table, count, backBar, failure } from '../dashboard-kit.js';
import { renderIndexDetails, healthTag } from './index-details.js';
import { renderSearchTool } from './search-tool.js';

export default class ExamineManagementDashboard extends HTMLElement {
  connectedCallback() {
    useDashboardStyles();
    this.classList.add('dash');
    this.dataset.testid = 'examine-management';
    this.showOverview();
  }

  disconnectedCallback() {
    this.view = null;
  }

  /** Starts a view; returns a function telling whether it is still the one shown. */
  begin(name) {
    const view = { name };
    this.view = view;
    this.replaceChildren(h('uui-loader-bar', {}));
    return () => this.view === view && this.isConnected;
  }

  async showOverview() {
    const current = this.begin('overview');
    try {
      const [indexers, searchers] = await Promise.all([get('/indexer?take=100'), get('/searcher?take=100')]);
      if (!current()) return;
      this.searchers = searchers.items.map(s => s.name);
      this.replaceChildren(
        h('uui-box', { headline: 'Indexers', 'data-testid': 'indexers' },
          h('p', { class: 'dash-muted' }, 'Indexes keep the site\'s content searchable. Open one to see its details, search it or rebuild it.'),
          table(['Index', 'Health', 'Documents', 'Fields'], indexers.items.map(index => ({
            props: { 'data-index': index.name },
            cells: [
              h('button', { class: 'dash-link', 'data-testid': 'open-index', onclick: () => this.showIndex(index.name) }, index.name),
              healthTag(index.healthStatus),
              h('span', { class: 'dash-number', 'data-testid': 'document-count', 'data-value': index.documentCount }, count(index.documentCount)),
              h('span', { class: 'dash-number', 'data-testid': 'field-count' }, count(index.fieldCount)),
            ],
          })))),
        h('uui-box', { headline: 'Searchers', 'data-testid': 'searchers' },
          h('p', { class: 'dash-muted' }, 'Each searcher answers Lucene queries over one or more indexes.'),
          table(['Searcher'], searchers.items.map(s => ({
            props: { 'data-searcher': s.name },
            cells: [h('button', { class: 'dash-link', 'data-testid': 'open-searcher', onclick: () => this.showSearcher(s.name) }, s.name)],
          })))));
    } catch (error) {
      if (current()) this.replaceChildren(failure('The indexes could not be read', error, () => this.showOverview()));
    }
  }

  async showIndex(name) {
    const current = this.begin(`index:${name}`);
    await renderIndexDetails(this, name, { back: () => this.showOverview(), searchers: () => this.loadSearchers(), current });
  }

  async showSearcher(name) {
    const current = this.begin(`searcher:${name}`);
    const searchers = await this.loadSearchers();
    if (!current()) return;
    const tool = h('div', {});
    this.replaceChildren(backBar(() => this.showOverview(), 'Search tool', null),
      h('uui-box', { headline: 'Search an index', 'data-testid': 'search-tool-box' }, tool));
    renderSearchTool(tool, searchers, name);
  }

  async loadSearchers() {
    this.searchers ??= (await get('/searcher?take=100')).items.map(s => s.name);
    return this.searchers;
  }
}

customElements.get('umb-dashboard-examine-management') ?? customElements.define('umb-dashboard-examine-management', ExamineManagementDashboard);
