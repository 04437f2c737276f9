// Entity actions on a document (the ••• menu and the workspace's actions): create, publish, unpublish, schedule, move,
// duplicate, sort, trash. Each is offered only with its permission; the server checks again.
import { get, post, put, del, qs, ApiError } from '../api.js';
import { h, dialog, confirm, toast, button } from '../dom.js';
import { can } from '../session.js';
import { pickDocuments } from './picker.js';
import { notifyChanged } from './tree.js';
import { schedule } from './schedule.js';

export function problemText(error) {
  if (!(error instanceof ApiError)) return String(error);
  const fields = Object.entries(error.errors).map(([alias, messages]) => `${alias}: ${messages.join(' ')}`);
  return [error.problem.detail ?? error.problem.title, ...fields].filter(Boolean).join(' ');
}

async function run(label, operation, success) {
  try {
    const result = await operation();
    toast(success ?? `${label} done`);
    return result ?? true;
  } catch (error) {
    toast(`${label} failed`, problemText(error), 'danger');
    return null;
  }
}

/** The create dialog: the types allowed under the parent (or at the root); navigates to the new document's workspace. */
export async function createDocument(parent) {
  const types = parent
    ? await get(`/document-type/${parent.documentType.id}/allowed-children`)
    : await get('/document-type/allowed-at-root');
  const parentName = parent?.variants?.[0]?.name ?? 'Content';
  await dialog(`Create under ${parentName}`, close => types.length
    ? h('div', { class: 'create-types' }, types.map(t => h('button', {
      class: 'create-type', 'data-type': t.alias,
      onclick: () => { close(); location.hash = `#/content/create/${parent?.id ?? 'root'}/${t.id}`; },
    }, h('strong', {}, t.name), h('small', {}, t.alias))))
    : h('p', {}, 'No document types are allowed here.'), [], { testid: 'create-dialog' });
}

export async function publish(item, withDescendants = false) {
  if (withDescendants) {
    const include = h('uui-checkbox', { label: 'Include unpublished content items' }, 'Include unpublished content items');
    const ok = await dialog(`Publish ${item.variants[0].name} and its descendants`, () => h('div', {}, h('p', {}, 'Publishes this item and every published item below it.'), include),
      [{ label: 'Publish with descendants', color: 'positive', action: () => true }]);
    if (!ok) return null;
    return run('Publish', () => put(`/document/${item.id}/publish-with-descendants`, { includeUnpublishedDescendants: include.checked }), 'Published with descendants');
  }
  return run('Publish', () => put(`/document/${item.id}/publish`), 'Published');
}

export async function unpublish(item) {
  if (!await confirm('Unpublish', `Unpublish ${item.variants[0].name}? It stays here as a draft.`, 'Unpublish', 'warning')) return null;
  return run('Unpublish', () => put(`/document/${item.id}/unpublish`), 'Unpublished');
}

export async function trash(item) {
  if (!await confirm('Move to recycle bin', `Move ${item.variants[0].name} and everything below it to the recycle bin?`, 'Move to recycle bin', 'danger')) return null;
  const done = await run('Trash', () => del(`/document/${item.id}`), 'Moved to the recycle bin');
  if (done) notifyChanged({ parents: [item.parent?.id ?? null] });
  return done;
}

export async function move(item) {
  const [target] = await pickDocuments({ headline: `Move ${item.variants[0].name} to`, allowRoot: true });
  if (!target) return null;
  const done = await run('Move', () => put(`/document/${item.id}/move`, { target: target.id ? { id: target.id } : null }), 'Moved');
  if (done) notifyChanged({ key: item.id, parents: [item.parent?.id ?? null, target.id ?? null] });
  return done;
}

export async function copy(item) {
  const descendants = h('uui-checkbox', { label: 'Include descendants' }, 'Include descendants');
  const ok = await dialog(`Duplicate ${item.variants[0].name}`, () => h('div', {}, h('p', {}, 'Choose where to put the copy next.'), descendants), [{ label: 'Choose destination', action: () => true }]);
  if (!ok) return null;
  const [target] = await pickDocuments({ headline: 'Duplicate to', allowRoot: true });
  if (!target) return null;
  const copyResult = await run('Duplicate', () => post(`/document/${item.id}/copy`, { target: target.id ? { id: target.id } : null, includeDescendants: descendants.checked }), 'Duplicated');
  if (copyResult) notifyChanged({ parents: [target.id ?? null] });
  return copyResult;
}

/** Sort children with up/down buttons; saves the new order. */
export async function sortChildren(item) {
  const parentId = item?.id ?? null;
  const page = parentId ? await get(`/tree/document/children${qs({ parentId, take: 500 })}`) : await get(`/tree/document/root${qs({ take: 500 })}`);
  const order = [...page.items];
  const list = h('ol', { class: 'sort-list' });
  const render = () => list.replaceChildren(...order.map((child, index) => h('li', { 'data-key': child.id },
    h('span', {}, child.variants[0].name),
    button('Up', () => { if (index > 0) { [order[index - 1], order[index]] = [order[index], order[index - 1]]; render(); } }, { compact: true, look: 'outline' }),
    button('Down', () => { if (index < order.length - 1) { [order[index + 1], order[index]] = [order[index], order[index + 1]]; render(); } }, { compact: true, look: 'outline' }))));
  render();
  const ok = await dialog(`Sort children of ${item?.variants?.[0]?.name ?? 'Content'}`, () => h('div', {},
    page.total > order.length ? h('p', {}, `Showing the first ${order.length} of ${page.total}.`) : null, list),
    [{ label: 'Save order', action: () => true }], { testid: 'sort-dialog' });
  if (!ok) return null;
  const done = await run('Sort', () => put('/document/sort', { parent: parentId ? { id: parentId } : null, sorting: order.map((c, i) => ({ id: c.id, sortOrder: i })) }), 'Sorted');
  if (done) notifyChanged({ parents: [parentId] });
  return done;
}

/** The ••• menu of a tree node or workspace. */
export async function showActions(item) {
  const name = item.variants[0].name;
  const published = item.variants[0].state !== 'Draft';
  const entries = [
    can('Create') && ['Create', () => createDocument(item)],
    can('Publish') && ['Publish', async () => { if (await publish(item)) notifyChanged({ key: item.id, parents: [item.parent?.id ?? null] }); }],
    can('Publish') && ['Publish with descendants', async () => { if (await publish(item, true)) notifyChanged({ key: item.id, parents: [item.parent?.id ?? null, item.id] }); }],
    can('Unpublish') && published && ['Unpublish', async () => { if (await unpublish(item)) notifyChanged({ key: item.id, parents: [item.parent?.id ?? null] }); }],
    can('Publish') && ['Schedule…', async () => { if (await schedule(item)) notifyChanged({ key: item.id, parents: [item.parent?.id ?? null] }); }],
    can('Move') && ['Move to', () => move(item)],
    can('Duplicate') && ['Duplicate to', () => copy(item)],
    can('Sort') && ['Sort children', () => sortChildren(item)],
    can('Delete') && ['Move to recycle bin', () => trash(item)],
    ['Reload children', () => notifyChanged({ parents: [item.id] })],
  ].filter(Boolean);
  await dialog(name, close => h('div', { class: 'entity-actions' }, entries.map(([label, action]) =>
    h('button', { class: 'entity-action', 'data-action': label, onclick: () => { close(); action(); } }, label))), [], { testid: 'actions-dialog' });
}
