// The content tree: lazy (children load when a node opens), paged ("load more" for big folders such as the
// 1,627 careers), with per-node actions (••• and +). In pick mode it is the tree of a picker dialog.
import { get, qs } from '../api.js';
import { h, mount } from '../dom.js';

const PAGE = 50;

/** Fired by workspaces and actions so every open tree refreshes the affected branch. */
export function notifyChanged(detail) {
  window.dispatchEvent(new CustomEvent('bo-document-changed', { detail }));
}

export class DocumentTree {
  /**
   * @param {HTMLElement} container
   * @param {{ pick?: (item) => void, actions?: (item, tree) => void, create?: (item) => void, selectable?: (item) => boolean }} options
   */
  constructor(container, options = {}) {
    this.container = container;
    this.options = options;
    this.nodes = new Map();
    this.root = h('div', { class: 'tree', role: 'tree' });
    mount(container, this.root);
    this.listener = e => this.onChanged(e.detail);
    window.addEventListener('bo-document-changed', this.listener);
  }

  dispose() {
    window.removeEventListener('bo-document-changed', this.listener);
  }

  async load() {
    await this.loadChildren(null, this.root, 0, true);
  }

  async loadChildren(parentKey, target, skip = 0, replace = false) {
    const path = parentKey ? `/tree/document/children${qs({ parentId: parentKey, skip, take: PAGE })}` : `/tree/document/root${qs({ skip, take: PAGE })}`;
    const page = await get(path);
    if (replace) target.replaceChildren();
    target.querySelector(':scope > .tree-load-more')?.remove();
    for (const item of page.items) target.append(this.renderNode(item));
    const loaded = skip + page.items.length;
    if (loaded < page.total) {
      target.append(h('button', {
        class: 'tree-load-more',
        onclick: () => this.loadChildren(parentKey, target, loaded),
      }, `Load more (${page.total - loaded} more)`));
    }
    if (!page.items.length && !parentKey) target.append(h('div', { class: 'tree-empty' }, 'No content yet.'));
  }

  renderNode(item) {
    const name = item.variants[0]?.name ?? '(no name)';
    const state = item.variants[0]?.state;
    const children = h('div', { class: 'tree-children', role: 'group', hidden: true });
    const caret = h('button', { class: 'tree-caret', 'aria-label': `Expand ${name}`, 'aria-expanded': 'false', onclick: () => this.toggle(node) }, '▸');
    const label = this.options.pick
      ? h('button', { class: 'tree-label', onclick: () => this.options.pick(item), disabled: this.options.selectable && !this.options.selectable(item) }, name)
      : h('a', { class: 'tree-label', href: `#/content/edit/${item.id}` }, name);
    const actions = this.options.pick ? null : h('span', { class: 'tree-actions' },
      h('button', { class: 'tree-action-more', title: `Actions for ${name}`, 'aria-label': `Actions for ${name}`, onclick: () => this.options.actions?.(item, this) }, '•••'),
      h('button', { class: 'tree-action-create', title: `Create under ${name}`, 'aria-label': `Create under ${name}`, onclick: () => this.options.create?.(item) }, '+'));
    const row = h('div', {
      class: `tree-row ${state === 'Draft' ? 'unpublished' : ''} ${item.noAccess ? 'no-access' : ''}`,
      role: 'treeitem',
      title: state === 'Draft' ? `${name} (not published)` : name,
    }, caret, h('span', { class: `tree-icon ${item.documentType.icon?.split(' ')[0] ?? ''}` }), label, actions);
    const node = h('div', { class: 'tree-node', dataset: { key: item.id, name } }, row, children);
    node.item = item;
    node.loaded = false;
    caret.style.visibility = item.hasChildren ? 'visible' : 'hidden';
    this.nodes.set(item.id, node);
    return node;
  }

  async toggle(node, open) {
    const children = node.querySelector(':scope > .tree-children');
    const caret = node.querySelector(':scope > .tree-row > .tree-caret');
    const show = open ?? children.hidden;
    if (show && !node.loaded) {
      await this.loadChildren(node.item.id, children, 0, true);
      node.loaded = true;
    }
    children.hidden = !show;
    caret.textContent = show ? '▾' : '▸';
    caret.setAttribute('aria-expanded', String(show));
  }

  /** Opens the path down to a document (ancestors first) and marks it selected. */
  async reveal(key) {
    try {
      const ancestors = await get(`/tree/document/ancestors${qs({ descendantId: key })}`);
      for (const ancestor of ancestors.slice(0, -1)) {
        const node = this.nodes.get(ancestor.id);
        if (node) await this.toggle(node, true);
      }
    } catch {
      // not in the tree (trashed or no access): nothing to reveal
    }
    this.select(key);
  }

  select(key) {
    for (const row of this.root.querySelectorAll('.tree-row.selected')) row.classList.remove('selected');
    this.nodes.get(key)?.querySelector(':scope > .tree-row')?.classList.add('selected');
  }

  /** Reloads the children of a parent (null = root) if they are showing. */
  async refresh(parentKey) {
    if (!parentKey) {
      await this.loadChildren(null, this.root, 0, true);
      return;
    }
    const node = this.nodes.get(parentKey);
    if (!node) return;
    const children = node.querySelector(':scope > .tree-children');
    node.loaded = false;
    if (!children.hidden) {
      await this.loadChildren(parentKey, children, 0, true);
      node.loaded = true;
    }
    node.querySelector(':scope > .tree-row > .tree-caret').style.visibility = 'visible';
  }

  /** detail: { key?, parents: [parentKey or null (root), ...] } */
  async onChanged(detail) {
    for (const parent of new Set(detail?.parents ?? [])) await this.refresh(parent ?? null);
    if (detail?.key) this.select(detail.key);
  }
}
