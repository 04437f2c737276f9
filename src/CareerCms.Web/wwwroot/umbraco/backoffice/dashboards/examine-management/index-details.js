// One index in the Examine Management dashboard: its health and counts; "Rebuild index", followed on a progress
// bar (documents written of the expected total, from rebuild-progress) until the rebuild is done; a search tool set
// to the index's searcher; and the index's settings ("Index info"). An index found rebuilding is followed too.
import { get, post, ApiError } from '../../api.js';
import { h, confirm } from '../../dom.js';
import { table, count, delay, backBar, failure, problemMessage } from '../dashboard-kit.js';
import { renderSearchTool } from './search-tool.js';

/** How often a running rebuild is polled. */
const POLL_MS = 250;

const HEALTH_COLORS = { Healthy: 'positive', Rebuilding: 'warning', Unhealthy: 'danger', Corrupt: 'danger' };
const HEALTH_TEXT = {
  Healthy: 'The index can be read and searched.',
  Rebuilding: 'The index is being rebuilt; searches see it again when the rebuild is done.',
  Unhealthy: 'The index cannot be used right now.',
  Corrupt: 'The index cannot be read. Rebuild it to start again from the content.',
};

/** A tag for an index's health: Healthy, Rebuilding, Unhealthy or Corrupt. */
export function healthTag(health) {
  const status = health?.status ?? 'Unknown';
  return h('uui-tag', { color: HEALTH_COLORS[status] ?? 'default', look: 'primary', 'data-testid': 'health', 'data-status': status }, status);
}

/** Renders the index's details into host; current() tells whether host still shows them. */
export async function renderIndexDetails(host, name, { back, searchers, current }) {
  const path = `/indexer/${encodeURIComponent(name)}`;
  let index;
  try {
    index = await get(path);
  } catch (error) {
    if (current()) host.replaceChildren(backBar(back, name, null), failure('This index could not be read', error, () => renderIndexDetails(host, name, { back, searchers, current })));
    return;
  }
  const searcherNames = await searchers().catch(() => [index.searcherName]);
  if (!current()) return;

  const health = h('span', {});
  const message = h('p', { 'data-testid': 'health-message' });
  const documents = h('strong', { 'data-testid': 'document-count' });
  const fields = h('strong', { 'data-testid': 'field-count' });
  const show = model => {
    health.replaceChildren(healthTag(model.healthStatus));
    message.textContent = model.healthStatus.message || HEALTH_TEXT[model.healthStatus.status] || '';
    message.className = model.healthStatus.status === 'Healthy' || model.healthStatus.status === 'Rebuilding' ? 'dash-muted' : 'dash-error';
    documents.textContent = count(model.documentCount);
    documents.dataset.value = model.documentCount;
    fields.textContent = count(model.fieldCount);
    fields.dataset.value = model.fieldCount;
  };
  show(index);

  const bar = h('uui-progress-bar', { progress: 0, 'aria-label': 'Rebuild progress', 'data-testid': 'rebuild-progress' });
  const status = h('span', { role: 'status', 'data-testid': 'rebuild-status' });
  const progress = h('div', { class: 'dash-progress', hidden: true, 'data-testid': 'rebuild' }, bar, status);
  const rebuild = h('uui-button', { label: 'Rebuild index', look: 'primary', color: 'danger', 'data-testid': 'rebuild-index', disabled: !index.canRebuild }, 'Rebuild index');

  // Polls rebuild-progress until the rebuild has ended, then shows the index as it is now.
  const follow = async () => {
    rebuild.disabled = true;
    rebuild.state = 'waiting';
    progress.hidden = false;
    progress.dataset.state = 'rebuilding';
    bar.setAttribute('progress', '0');
    try {
      for (;;) {
        const p = await get(`${path}/rebuild-progress`);
        if (!current()) return;
        if (!p.isRebuilding) {
          bar.setAttribute('progress', '100');
          status.textContent = `Done: ${count(p.done)} documents in the index.`;
          status.dataset.value = p.done;
          break;
        }
        bar.setAttribute('progress', String(p.total ? Math.min(100, Math.floor((p.done * 100) / p.total)) : 0));
        status.textContent = `Rebuilding: ${count(p.done)} of ${p.total == null ? 'an unknown number of' : count(p.total)} documents written…`;
        await delay(POLL_MS);
      }
      index = await get(path);
      if (!current()) return;
      show(index);
      const healthy = index.healthStatus.status === 'Healthy';
      progress.dataset.state = healthy ? 'done' : 'failed';
      if (!healthy) status.textContent = `The rebuild ended but the index is ${index.healthStatus.status}: ${index.healthStatus.message ?? ''}`;
    } catch (error) {
      progress.dataset.state = 'failed';
      status.textContent = `The rebuild could not be followed: ${problemMessage(error)}`;
    } finally {
      rebuild.state = undefined;
      rebuild.disabled = !index.canRebuild;
    }
  };

  rebuild.addEventListener('click', async () => {
    const ok = await confirm(`Rebuild ${name}?`,
      'Rebuilding empties the index and writes every item again. On a large site this takes a while and adds load, so avoid busy times.',
      'Rebuild index', 'danger');
    if (!ok) return;
    try {
      await post(`${path}/rebuild`);
    } catch (error) {
      // 409: a rebuild is already running; follow that one.
      if (!(error instanceof ApiError && error.status === 409)) {
        progress.hidden = false;
        progress.dataset.state = 'failed';
        status.textContent = `The rebuild could not start: ${problemMessage(error)}`;
        return;
      }
    }
    await follow();
  });

  const searchTool = h('div', {});
  const properties = Object.entries(index.providerProperties ?? {});
  host.replaceChildren(
    backBar(back, name, health),
    h('div', { class: 'dash-columns' },
      h('uui-box', { headline: 'Health', 'data-testid': 'index-health' },
        message,
        h('div', { class: 'dash-figures' },
          h('div', { class: 'dash-figure' }, documents, h('span', {}, 'Documents')),
          h('div', { class: 'dash-figure' }, fields, h('span', {}, 'Fields')))),
      h('uui-box', { headline: 'Rebuild', 'data-testid': 'index-rebuild' },
        h('p', { class: 'dash-muted' }, index.canRebuild
          ? 'Rebuild the index when it is corrupt or out of step with the content.'
          : 'Nothing fills this index, so it cannot be rebuilt.'),
        rebuild, progress)),
    h('uui-box', { headline: `Search ${index.searcherName}`, 'data-testid': 'search-tool-box' }, searchTool),
    h('uui-box', { headline: 'Index info', 'data-testid': 'index-info' },
      table(['Property', 'Value'], properties.map(([key, value]) => [h('code', {}, key), formatValue(value)]))));
  renderSearchTool(searchTool, searcherNames, index.searcherName);
  if (index.healthStatus.status === 'Rebuilding') follow();
}

function formatValue(value) {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
