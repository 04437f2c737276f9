// The recycle bin: trashed items with Restore (to the original parent, or a chosen one when it is gone),
// Delete permanently and Empty recycle bin.
import { get, put, del, qs, ApiError } from '../api.js';
import { h, when, button, toast, confirm } from '../dom.js';
import { can } from '../session.js';
import { pickDocuments } from './picker.js';
import { notifyChanged } from './tree.js';
import { problemText } from './actions.js';

export async function renderRecycleBin(host) {
  const page = await get(`/recycle-bin/document/root${qs({ take: 200 })}`);
  const reload = () => renderRecycleBin(host);
  host.replaceChildren(h('div', { class: 'workspace' },
    h('div', { class: 'workspace-header' }, h('h2', {}, 'Recycle bin'),
      can('Delete') && page.total ? button('Empty recycle bin', async () => {
        if (!await confirm('Empty recycle bin', 'Delete everything in the recycle bin permanently?', 'Empty', 'danger')) return;
        try { await del('/recycle-bin/document'); toast('Recycle bin emptied'); } catch (e) { toast('Could not empty', problemText(e), 'danger'); }
        reload();
      }, { look: 'outline', color: 'danger' }) : null),
    h('div', { class: 'workspace-body' }, page.total === 0 ? h('p', { class: 'tree-empty' }, 'The recycle bin is empty.') :
      h('table', { class: 'bo-table', 'data-testid': 'recycle-bin' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Type'), h('th', {}, 'Trashed'), h('th', {}, ''))),
        h('tbody', {}, page.items.map(item => h('tr', { 'data-key': item.id },
          h('td', {}, item.variants[0].name),
          h('td', {}, item.documentType.name),
          h('td', {}, when(item.variants[0].updateDate)),
          h('td', {},
            can('Move') ? button('Restore', () => restore(item, reload), { compact: true, look: 'outline', attrs: { 'data-testid': 'restore' } }) : null,
            can('Delete') ? button('Delete permanently', async () => {
              if (!await confirm('Delete permanently', `Delete ${item.variants[0].name} and everything below it for good?`, 'Delete', 'danger')) return;
              try { await del(`/recycle-bin/document/${item.id}`); toast('Deleted'); } catch (e) { toast('Could not delete', problemText(e), 'danger'); }
              reload();
            }, { compact: true, look: 'outline', color: 'danger' }) : null))))))));
}

async function restore(item, reload) {
  try {
    const restored = await put(`/recycle-bin/document/${item.id}/restore`, { target: null });
    toast('Restored', `${item.variants[0].name} is back in the tree.`);
    notifyChanged({ key: restored.id, parents: [restored.parent?.id ?? null] });
  } catch (error) {
    if (error instanceof ApiError && error.problem.operationStatus === 'ParentNotFound') {
      const [target] = await pickDocuments({ headline: 'The original parent is gone: restore to', allowRoot: true });
      if (target) {
        try {
          const restored = await put(`/recycle-bin/document/${item.id}/restore`, { target: target.id ? { id: target.id } : null });
          toast('Restored');
          notifyChanged({ key: restored.id, parents: [restored.parent?.id ?? null] });
        } catch (e) { toast('Restore failed', problemText(e), 'danger'); }
      }
    } else {
      toast('Restore failed', problemText(error), 'danger');
    }
  }
  reload();
}
