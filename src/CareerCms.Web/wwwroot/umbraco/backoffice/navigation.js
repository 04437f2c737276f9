// Unsaved work in the open document workspace: leaving it inside the backoffice (another item, the dashboards,
// another section) asks first and, when the editor stays, puts the address back; closing or reloading the tab gets
// the browser's own prompt. Ctrl+S (Cmd+S on a Mac) saves the open workspace, as in Umbraco 13.
import { h, dialog } from './dom.js';

/** @type {{ owns(hash: string): boolean, hasUnsavedChanges(): Promise<boolean>, touched: boolean, canSave: boolean, save(): Promise<unknown> } | null} */
let active = null;
let lastHash = location.hash;

/** The workspace now on screen (replaces the previous one). */
export function setActiveWorkspace(workspace) {
  active = workspace;
}

/**
 * Called on every hash change before routing: true to go on; false when the editor chose to stay (the previous
 * address is back in the location bar, without another history entry).
 */
export async function allowNavigation() {
  const target = location.hash;
  if (active && !active.owns(target) && await active.hasUnsavedChanges()) {
    const leave = await dialog('Discard unsaved changes?', () => h('p', {}, 'You have unsaved changes. Leave this page and lose them?'),
      [{ label: 'Discard changes', color: 'danger', action: () => true }], { cancelLabel: 'Stay', testid: 'unsaved-changes-dialog' });
    if (leave !== true) {
      history.replaceState(history.state, '', lastHash || '#/');
      return false;
    }
  }

  if (active && !active.owns(target)) active = null;
  lastHash = target;
  return true;
}

window.addEventListener('beforeunload', event => {
  if (active?.touched) {
    event.preventDefault();
    event.returnValue = '';
  }
});

document.addEventListener('keydown', event => {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's' && active) {
    event.preventDefault();
    if (active.canSave && !document.querySelector('dialog[open]')) active.save();
  }
});
