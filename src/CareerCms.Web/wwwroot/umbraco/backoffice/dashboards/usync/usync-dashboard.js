// The uSync dashboard (Settings section), after uSync's own: one box per handler group (Settings, Content,
// Everything) with Report (a dry run that writes nothing), Import and, for everything, Export; the outcome of the
// last action below, item by item (see usync-results.js). Failures come back as ProblemDetails carrying the report.
import { get, post, qs } from '../../api.js';
import { h } from '../../dom.js';
import { useDashboardStyles } from '../dashboard-kit.js';
import { renderResults, renderFailure } from './usync-results.js';

const GROUPS = [
  { group: 'Settings', headline: 'Settings', text: 'Data types and document types.', actions: ['report', 'import'] },
  { group: 'Content', headline: 'Content', text: 'Content items.', actions: ['report', 'import'] },
  { group: 'All', headline: 'Everything', text: 'Settings and content, in dependency order.', actions: ['report', 'import', 'export'] },
];

const LABELS = { report: 'Report', import: 'Import', export: 'Export' };

export default class USyncDashboard extends HTMLElement {
  connectedCallback() {
    useDashboardStyles();
    this.classList.add('dash');
    this.dataset.testid = 'usync';
    this.buttons = [];
    this.force = h('uui-checkbox', { label: 'Force import', 'data-testid': 'usync-force' }, 'Force import (save items that already match their files)');
    this.clean = h('uui-checkbox', { label: 'Clean export', 'data-testid': 'usync-clean' }, 'Clean export (empty the folders first)');
    this.results = h('div', { 'data-testid': 'usync-results' });
    this.replaceChildren(
      h('div', { class: 'dash-columns' }, GROUPS.map(g => h('uui-box', { headline: g.headline, 'data-group': g.group },
        h('p', { class: 'dash-muted' }, g.text),
        h('div', { class: 'dash-buttons' }, g.actions.map(action => this.actionButton(action, g)))))),
      h('div', { class: 'dash-options' }, this.force, this.clean),
      this.results);
  }

  actionButton(action, { group, headline }) {
    const button = h('uui-button', {
      label: `${LABELS[action]} ${headline}`, look: action === 'report' ? 'outline' : 'primary', color: action === 'import' ? 'positive' : 'default',
      'data-action': action, 'data-testid': `usync-${action}`,
    }, LABELS[action]);
    button.addEventListener('click', () => this.run(action, group, headline, button));
    this.buttons.push(button);
    return button;
  }

  async run(action, group, headline, button) {
    for (const b of this.buttons) b.disabled = true;
    button.state = 'waiting';
    this.results.replaceChildren(h('uui-box', { headline: `${LABELS[action]}: ${headline}` }, h('uui-loader-bar', {})));
    const title = `${LABELS[action]}: ${headline}`;
    try {
      const result = action === 'report'
        ? await get(`/usync/report${qs({ group })}`)
        : action === 'import'
          ? await post('/usync/import', { group, force: this.force.checked })
          : await post('/usync/export', { clean: this.clean.checked });
      renderResults(this.results, { action, title, report: result });
    } catch (error) {
      renderFailure(this.results, { action, title, error });
    } finally {
      button.state = undefined;
      for (const b of this.buttons) b.disabled = false;
    }
  }
}

customElements.get('usync-dashboard') ?? customElements.define('usync-dashboard', USyncDashboard);
