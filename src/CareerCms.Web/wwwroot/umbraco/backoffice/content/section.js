// The Content section: the tree on the left; on the right the dashboards, a document workspace or the recycle bin.
import { h } from '../dom.js';
import { can, session } from '../session.js';
import { renderDashboards } from '../dashboards/section-dashboards.js';
import { DocumentTree } from './tree.js';
import { DocumentWorkspace } from './workspace.js';
import { showActions, createDocument, sortChildren } from './actions.js';
import { renderRecycleBin } from './recycle-bin.js';

export function createSection(main) {
  const treeHost = h('div', { class: 'tree-host' });
  const content = h('main', { class: 'bo-main' });
  const sidebar = h('aside', { class: 'bo-sidebar' },
    h('div', { class: 'tree-header' }, h('a', { href: '#/content' }, 'Content'),
      can('Create') && session.user.hasDocumentRootAccess ? h('button', { class: 'tree-action-create', title: 'Create at the root', 'aria-label': 'Create at the root', onclick: () => createDocument(null) }, '+') : null,
      can('Sort') && session.user.hasDocumentRootAccess ? h('button', { class: 'tree-action-more', title: 'Sort the root', 'aria-label': 'Sort the root', onclick: () => sortChildren(null) }, '⇅') : null),
    treeHost,
    session.user.hasDocumentRootAccess ? h('a', { class: 'tree-recycle-bin', href: '#/content/recycle-bin', 'data-testid': 'recycle-bin-link' }, 'Recycle Bin') : null);
  main.replaceChildren(sidebar, content);
  const tree = new DocumentTree(treeHost, { actions: item => showActions(item), create: item => createDocument(item) });
  const treeLoaded = tree.load();
  let workspace = null;

  async function showDashboards(pathname) {
    workspace = null;
    await renderDashboards(content, {
      sectionAlias: 'Umb.Section.Content', sectionPath: 'content', pathname,
      fallback: () => h('uui-box', { headline: `Welcome, ${session.user.name}` }, h('p', {}, 'Pick an item in the tree to edit it, or use + to create content.')),
    });
  }

  return {
    async route(parts) {
      const [action, a, b] = parts;
      if (action === 'edit' && a) {
        if (workspace?.key === a) {
          workspace.setView(b ?? 'content');
        } else {
          workspace = new DocumentWorkspace(content, { mode: 'edit', id: a });
          await workspace.open(b ?? 'content');
          await treeLoaded;
          tree.reveal(a);
        }
        return;
      }
      if (action === 'create' && a && b) {
        workspace = new DocumentWorkspace(content, { mode: 'create', parentId: a, typeId: b });
        await workspace.open('content');
        return;
      }
      if (action === 'recycle-bin') {
        workspace = null;
        await renderRecycleBin(content);
        return;
      }
      await showDashboards(action === 'dashboard' ? a : undefined);
    },
  };
}
