// The Info view: general facts (with the publish/unpublish schedule), links, the history (audit trail) and the
// versions with rollback (showing a diff).
import { get, post, qs } from '../api.js';
import { h, mount, when, dialog, toast, button } from '../dom.js';
import { can } from '../session.js';
import { renderValuesDiff } from './diff.js';
import { problemText } from './actions.js';
import { notifyChanged } from './tree.js';

export function renderInfo(host, workspace) {
  const doc = workspace.document;
  const variant = doc.variants[0];
  const deliveryUrl = `/umbraco/delivery/api/v2/content/item/${doc.id}`;
  const general = h('uui-box', { headline: 'General' }, h('dl', { class: 'info-list' },
    h('dt', {}, 'Status'), h('dd', { 'data-testid': 'info-state' }, stateLabel(variant.state)),
    h('dt', {}, 'Id'), h('dd', {}, doc.id),
    h('dt', {}, 'Document type'), h('dd', {}, `${doc.documentType.name} (${doc.documentType.alias})`),
    h('dt', {}, 'Created'), h('dd', {}, when(variant.createDate)),
    h('dt', {}, 'Last edited'), h('dd', {}, when(variant.updateDate)),
    h('dt', {}, 'Published'), h('dd', {}, when(variant.publishDate) || '—'),
    h('dt', {}, 'Publish at'), h('dd', { 'data-testid': 'info-publish-at' }, when(variant.scheduledPublishDate) || '—'),
    h('dt', {}, 'Unpublish at'), h('dd', { 'data-testid': 'info-unpublish-at' }, when(variant.scheduledUnpublishDate) || '—'),
    h('dt', {}, 'Delivery API'), h('dd', {}, variant.state === 'Draft' ? 'Not published' : h('a', { href: deliveryUrl, target: '_blank', rel: 'noopener' }, deliveryUrl))));
  const history = h('uui-box', { headline: 'History' }, h('div', { class: 'history' }, 'Loading…'));
  const versions = h('uui-box', { headline: 'Versions' }, h('div', { class: 'versions' }, 'Loading…'));
  host.replaceChildren(h('div', { class: 'info-view' }, h('div', { class: 'info-main' }, versions, history), h('div', { class: 'info-side' }, general)));
  loadHistory(history.querySelector('.history'), doc.id, 0);
  loadVersions(versions.querySelector('.versions'), workspace);
}

export function stateLabel(state) {
  return { Draft: 'Draft (not published)', Published: 'Published', PublishedPendingChanges: 'Published, with unpublished changes' }[state] ?? state;
}

async function loadHistory(host, id, skip) {
  const page = await get(`/document/${id}/audit-log${qs({ skip, take: 20 })}`);
  mount(host, h('table', { class: 'bo-table', 'data-testid': 'history' },
    h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Who'), h('th', {}, 'What'), h('th', {}, 'Comment'))),
    h('tbody', {}, page.items.map(e => h('tr', {}, h('td', {}, when(e.timestamp)), h('td', {}, e.user.name), h('td', {}, h('uui-tag', { look: 'secondary' }, e.logType)), h('td', {}, e.comment ?? ''))))),
  pager(page.total, skip, 20, next => loadHistory(host, id, next)));
}

async function loadVersions(host, workspace) {
  const doc = workspace.document;
  const page = await get(`/document-version${qs({ documentId: doc.id, take: 50 })}`);
  mount(host, h('table', { class: 'bo-table', 'data-testid': 'versions' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Saved by'), h('th', {}, 'Name'), h('th', {}, ''), h('th', {}, ''))),
    h('tbody', {}, page.items.map(v => h('tr', { 'data-version': v.id },
      h('td', {}, when(v.versionDate)), h('td', {}, v.user.name), h('td', {}, v.name),
      h('td', {}, v.isCurrentDraftVersion ? h('uui-tag', { color: 'default' }, 'Current draft') : null, v.isCurrentPublishedVersion ? h('uui-tag', { color: 'positive' }, 'Published') : null),
      h('td', {}, !v.isCurrentDraftVersion && can('Rollback') ? button('Rollback…', () => rollback(v, workspace), { compact: true, look: 'outline', attrs: { 'data-testid': 'rollback' } }) : null))))),
  page.total > page.items.length ? h('p', {}, `Showing the newest ${page.items.length} of ${page.total} versions.`) : null);
}

async function rollback(version, workspace) {
  const [old, current] = await Promise.all([get(`/document-version/${version.id}`), get(`/document/${workspace.document.id}`)]);
  const labels = Object.fromEntries(workspace.type.allProperties.map(p => [p.property.alias, p.property.name]));
  const ok = await dialog(`Rollback to ${when(version.versionDate)}`, () => h('div', {},
    h('p', {}, 'Restores this version as a new draft. Red text is removed, green text is added. Publish afterwards to make it live.'),
    renderValuesDiff(current.variants[0].name, current.values, old.name, old.values, labels)),
  [{ label: 'Rollback', color: 'warning', action: () => true }], { wide: true, testid: 'rollback-dialog' });
  if (!ok) return;
  try {
    await post(`/document-version/${version.id}/rollback`);
    toast('Rolled back', 'The old version is now the draft.');
    notifyChanged({ key: workspace.document.id, parents: [workspace.document.parent?.id ?? null] });
    await workspace.reload('info');
  } catch (error) {
    toast('Rollback failed', problemText(error), 'danger');
  }
}

/** Previous / next buttons with "x–y of total". */
export function pager(total, skip, take, go) {
  if (total <= take) return null;
  return h('div', { class: 'pager' },
    button('Previous', () => go(Math.max(0, skip - take)), { compact: true, look: 'outline', disabled: skip === 0 }),
    h('span', { 'data-testid': 'pager-status' }, `${skip + 1}–${Math.min(total, skip + take)} of ${total}`),
    button('Next', () => go(skip + take), { compact: true, look: 'outline', disabled: skip + take >= total }));
}
