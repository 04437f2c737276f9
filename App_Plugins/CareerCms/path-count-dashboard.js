// The "Path counts" dashboard of the Content section: every published career's incoming transition paths (per
// difficulty) and outgoing paths, and every industry's careers and paths, from the node's live counts.
import { getJson, h, render, table } from './careercms-api.js';

export class CareerCmsPathCountDashboard extends HTMLElement {
  #filter = '';
  #data = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    this.refresh();
  }

  /** Reloads the counts from the server. */
  refresh() {
    return render(this.shadowRoot, async () => (this.#data = await getJson(this, '/career-cms/path-counts')), data => this.#draw(data));
  }

  #draw(data) {
    const careers = h('div', {}, this.#careerTable(data));
    return [
      h('uui-box', { headline: 'Transition paths' },
        h('div', { class: 'figures' },
          figure('Published careers', data.careerCount),
          figure('Counted paths', data.pathCount),
          figure('Industries', data.industries.length))),
      h('uui-box', { headline: 'Careers' },
        h('div', { class: 'toolbar' },
          h('uui-input', {
            label: 'Filter careers',
            placeholder: 'Filter by career or industry',
            value: this.#filter,
            oninput: event => {
              // Only the table is redrawn, so the input keeps focus while typing.
              this.#filter = (event.target.value ?? '').trim().toLowerCase();
              careers.replaceChildren(this.#careerTable(this.#data));
            },
          }),
          h('uui-button', { label: 'Refresh', look: 'secondary', onclick: () => this.refresh() }, 'Refresh')),
        careers),
      h('uui-box', { headline: 'Industries' },
        data.industries.length === 0
          ? h('p', { class: 'muted' }, 'No published career has an industry yet.')
          : table(['Industry', 'Careers', 'Paths'], data.industries.map(i => [i.industry, number(i.careerCount), number(i.pathCount)]))),
    ];
  }

  #careerTable(data) {
    const filter = this.#filter;
    const careers = data.careers.filter(c => !filter || c.name.toLowerCase().includes(filter) || (c.industry ?? '').toLowerCase().includes(filter));
    return careers.length === 0
      ? h('p', { class: 'muted' }, 'No published career matches.')
      : table(
        ['Career', 'Industry', 'Paths in', 'Easy', 'Moderate', 'Hard', 'Paths out'],
        careers.map(c => [c.name, c.industry ?? '–', number(c.transitionPathCount), number(c.easy), number(c.moderate), number(c.hard), number(c.outgoingPathCount)]));
  }
}

function figure(label, value) {
  return h('div', { class: 'figure' }, h('strong', {}, String(value)), h('span', { class: 'muted' }, label));
}

function number(value) {
  return h('span', { class: 'number' }, String(value));
}

if (!customElements.get('careercms-path-count-dashboard')) customElements.define('careercms-path-count-dashboard', CareerCmsPathCountDashboard);

export default CareerCmsPathCountDashboard;
