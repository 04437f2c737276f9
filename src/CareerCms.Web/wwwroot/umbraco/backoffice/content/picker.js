// The document picker dialog: search by name or browse the tree; used by content pickers, multinode tree pickers,
// multi URL pickers and the move/copy dialogs.
import { get, qs } from '../api.js';
import { h, dialog } from '../dom.js';
import { DocumentTree } from './tree.js';

/**
 * Lets the user choose documents. Resolves with the chosen tree items ([] when cancelled).
 * options: { multiple, allowedTypes: [alias or key], headline, allowRoot (adds a "Content root" choice) }
 */
export function pickDocuments(options = {}) {
  const chosen = new Map();
  const allowed = options.allowedTypes?.length ? new Set(options.allowedTypes) : null;
  const selectable = item => !allowed || allowed.has(item.documentType.alias) || allowed.has(item.documentType.id);
  const chosenList = h('div', { class: 'picker-chosen' });
  let treeInstance = null;
  let closeDialog = null;

  const renderChosen = () => {
    chosenList.replaceChildren(...[...chosen.values()].map(item =>
      h('uui-tag', { look: 'secondary' }, item.variants?.[0]?.name ?? 'Content root', ' ',
        h('button', { class: 'tag-remove', 'aria-label': 'Remove', onclick: () => { chosen.delete(item.id); renderChosen(); } }, '×'))));
  };

  const pick = item => {
    if (!selectable(item)) return;
    if (!options.multiple) {
      chosen.clear();
      chosen.set(item.id, item);
      closeDialog?.([item]);
      return;
    }
    chosen.set(item.id, item);
    renderChosen();
  };

  const results = h('div', { class: 'picker-results' });
  const search = h('uui-input', { label: 'Search', placeholder: 'Type to search…', 'data-testid': 'picker-search' });
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = search.value?.trim();
      if (!query) { results.replaceChildren(); return; }
      const page = await get(`/item/document/search${qs({ query, take: 20, allowedDocumentTypes: options.allowedTypes?.join(',') })}`);
      results.replaceChildren(...(page.items.length ? page.items.map(item =>
        h('button', { class: 'picker-result', onclick: () => pick(item) }, item.variants[0].name, h('small', {}, ` ${item.documentType.name}`)))
        : [h('div', { class: 'tree-empty' }, 'Nothing found.')]));
    }, 200);
  });

  const treeHost = h('div', { class: 'picker-tree' });
  return dialog(options.headline ?? 'Choose content', close => {
    closeDialog = close;
    treeInstance = new DocumentTree(treeHost, { pick, selectable });
    treeInstance.load();
    return h('div', { class: 'picker' },
      options.allowRoot ? h('uui-button', { look: 'outline', label: 'Content root', onclick: () => close([{ id: null, variants: [{ name: 'Content root' }] }]) }, 'Content root') : null,
      search, results, treeHost, options.multiple ? chosenList : null);
  }, options.multiple ? [{ label: 'Choose', action: () => [...chosen.values()] }] : [], { wide: true, testid: 'picker-dialog' })
    .then(result => { treeInstance?.dispose(); return result ?? []; });
}
