// The outcome of a uSync action, item by item: item (name and file), type, change, result and message. Errors are
// listed first, in a box of their own, and marked on their items; a failed import applied nothing, so its other
// items show as rolled back. Unchanged items can be hidden; long lists are paged.
import { h, mount } from '../../dom.js';
import { table, pager, count, problemMessage } from '../dashboard-kit.js';

/** Rows per page. */
const TAKE = 100;

const CHANGE = {
  Create: { label: 'Create', color: 'positive' },
  Update: { label: 'Update', color: 'warning' },
  Delete: { label: 'Delete', color: 'danger' },
  NoChange: { label: 'No change', color: 'default' },
  Export: { label: 'Exported', color: 'default' },
};

const RESULT = {
  success: { label: 'Success', color: 'positive' },
  failed: { label: 'Failed', color: 'danger' },
  rolledBack: { label: 'Not imported', color: 'warning' },
};

/** Shows a successful action's report (import or report: items and errors; export: items). */
export function renderResults(host, { action, title, report }) {
  draw(host, { action, title, items: report?.items ?? [], errors: report?.errors ?? [], failed: false });
}

/** Shows a failed action: the report the ProblemDetails carries, or just its message. */
export function renderFailure(host, { action, title, error }) {
  const report = error?.problem?.report;
  const errors = report?.errors ?? (Array.isArray(error?.problem?.errors) ? error.problem.errors : []);
  draw(host, { action, title, items: report?.items ?? [], errors, failed: true, message: error?.problem?.title ?? problemMessage(error) });
}

function draw(host, { action, title, items, errors, failed, message }) {
  const errorsByFile = new Map();
  for (const e of errors) errorsByFile.set(e.file, [...(errorsByFile.get(e.file) ?? []), e]);
  const rows = items.map(item => {
    const itemErrors = errorsByFile.get(item.file) ?? [];
    const result = itemErrors.length ? 'failed' : failed && action === 'import' ? 'rolledBack' : 'success';
    return { item, change: action === 'export' ? 'Export' : item.change, result, message: [item.message, ...itemErrors.map(errorText)].filter(Boolean).join(' ') };
  });

  const summary = h('p', { 'data-testid': 'usync-summary' }, summaryText(action, rows, errors, failed));
  const onlyChanges = h('uui-toggle', { label: 'Only changes and failures', 'data-testid': 'usync-only-changes' }, 'Only changes and failures');
  const list = h('div', {});
  let skip = 0;
  const drawRows = () => {
    const shown = onlyChanges.checked ? rows.filter(r => r.change !== 'NoChange' || r.result !== 'success') : rows;
    if (skip >= shown.length) skip = 0;
    mount(list,
      shown.length
        ? table(['Item', 'Type', 'Change', 'Result', 'Message'], shown.slice(skip, skip + TAKE).map(row), { 'data-testid': 'usync-items' })
        : h('p', { class: 'dash-muted' }, rows.length ? 'Every item already matches its file.' : failed ? '' : 'No items.'),
      pager(shown.length, skip, TAKE, next => { skip = next; drawRows(); }));
  };
  onlyChanges.addEventListener('change', () => { skip = 0; drawRows(); });
  drawRows();

  mount(host, h('uui-box', { headline: title, 'data-testid': 'usync-result', 'data-state': failed ? 'failed' : 'succeeded' },
    failed || errors.length ? errorBox(failed ? message : 'There were problems', errors) : null,
    summary,
    items.length ? onlyChanges : null,
    list));
}

function row({ item, change, result, message }) {
  const c = CHANGE[change] ?? { label: change, color: 'default' };
  const r = RESULT[result];
  return {
    props: { 'data-file': item.file, 'data-change': change, 'data-result': result },
    cells: [
      h('div', {}, h('strong', {}, item.name), h('div', { class: 'dash-muted dash-small' }, item.file)),
      item.type,
      h('uui-tag', { look: 'secondary', color: c.color, 'data-testid': 'change' }, c.label),
      h('uui-tag', { look: 'primary', color: r.color, 'data-testid': 'result' }, r.label),
      h('span', { class: result === 'failed' ? 'dash-error' : '' }, message),
    ],
  };
}

function errorBox(headline, errors) {
  return h('div', { class: 'dash-error-box', role: 'alert', 'data-testid': 'usync-errors' },
    h('strong', {}, headline),
    errors.length ? h('ul', {}, errors.map(e => h('li', {}, errorText(e, true)))) : null);
}

function errorText(error, withFile = false) {
  if (typeof error === 'string') return error;
  const where = withFile ? `${error.file}${error.line ? ` (line ${error.line})` : ''}: ` : error.line ? `Line ${error.line}: ` : '';
  return `${where}${error.message}`;
}

function summaryText(action, rows, errors, failed) {
  if (action === 'export') return `${count(rows.length)} items written to the uSync folder.`;
  const errorCount = `${count(errors.length)} ${errors.length === 1 ? 'error' : 'errors'}`;
  if (failed && action === 'import') return `Nothing was imported because of ${errorCount}.`;
  if (failed && rows.length === 0) return `No item could be compared because of ${errorCount}.`;
  const by = change => count(rows.filter(r => r.change === change).length);
  const counts = action === 'report'
    ? `${by('Create')} to create, ${by('Update')} to update, ${by('Delete')} to delete, ${by('NoChange')} unchanged`
    : `${by('Create')} created, ${by('Update')} updated, ${by('Delete')} deleted, ${by('NoChange')} unchanged`;
  const tail = action === 'report' ? ' A dry run: nothing was written.' : '';
  return `${count(rows.length)} items: ${counts}${errors.length ? `; ${errorCount}` : ''}.${tail}`;
}
