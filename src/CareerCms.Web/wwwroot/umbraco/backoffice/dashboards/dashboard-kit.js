// Building blocks of the built-in dashboards (Examine Management, uSync): their stylesheet, uui tables, a pager,
// a detail view's header, a failure box with a retry, and the text of a failed request.
import { h, button } from '../dom.js';

const STYLESHEET = '/umbraco/backoffice/dashboards/dashboards.css';

/** Adds the dashboards' stylesheet to the page once. */
export function useDashboardStyles() {
  if (!document.querySelector(`link[href="${STYLESHEET}"]`)) document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
}

/** A uui-table: headers are labels; each row is an array of cells or { cells, props } (props for the row). */
export function table(headers, rows, props = {}) {
  return h('uui-table', props,
    h('uui-table-head', {}, headers.map(label => h('uui-table-head-cell', {}, label))),
    rows.map(row => {
      const { cells, props: rowProps } = Array.isArray(row) ? { cells: row, props: {} } : row;
      return h('uui-table-row', rowProps, cells.map(cell => h('uui-table-cell', {}, cell)));
    }));
}

/** Previous / "from–to of total" / Next, or nothing when everything fits on one page. */
export function pager(total, skip, take, go) {
  if (total <= take && skip === 0) return null;
  return h('div', { class: 'dash-pager' },
    button('Previous', () => go(Math.max(0, skip - take)), { compact: true, look: 'outline', disabled: skip === 0 }),
    h('span', { 'data-testid': 'pager-status' }, `${Math.min(total, skip + 1)}–${Math.min(total, skip + take)} of ${total}`),
    button('Next', () => go(skip + take), { compact: true, look: 'outline', disabled: skip + take >= total }));
}

/** The message of a failed request: the ProblemDetails detail (or title). */
export function problemMessage(error) {
  return error?.problem?.detail || error?.problem?.title || error?.message || String(error);
}

/** Waits ms milliseconds. */
export function delay(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** A number with the reader's thousands separators. */
export function count(value) {
  return typeof value === 'number' ? value.toLocaleString() : String(value ?? '–');
}

/** The header of a detail view: a way back to the overview, the title and an optional tag. */
export function backBar(back, title, tag) {
  return h('div', { class: 'dash-header' },
    h('uui-button', { label: 'Back to the overview', look: 'outline', compact: true, 'data-testid': 'back', onclick: back }, '← Overview'),
    h('h2', {}, title), tag);
}

/** A box telling what failed, with a retry. */
export function failure(headline, error, retry) {
  return h('uui-box', { headline, 'data-testid': 'dashboard-error' },
    h('p', { class: 'dash-error', role: 'alert' }, problemMessage(error)),
    h('uui-button', { label: 'Try again', look: 'outline', onclick: retry }, 'Try again'));
}
