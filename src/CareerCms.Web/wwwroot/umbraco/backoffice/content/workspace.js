// The document workspace: name, the document type's tabs and groups with an editor per property, the views
// (Content, Info, Collection and plugin workspace views), and the footer's Save / Save and publish / more actions.
// Server validation errors are shown at their fields; a save based on an outdated draft is refused (409) and
// the conflict dialog shows the other editor's change.
import { get, post, put, documentType, ApiError } from '../api.js';
import { h, button, dialog, toast, when } from '../dom.js';
import { can } from '../session.js';
import { workspaceViews, createElement } from '../extensions.js';
import { createEditor } from './editors.js';
import { renderInfo, stateLabel } from './info.js';
import { renderCollection } from './collection.js';
import { renderValuesDiff } from './diff.js';
import { notifyChanged } from './tree.js';
import { publish, unpublish, showActions, problemText } from './actions.js';
import { schedule } from './schedule.js';
import { setActiveWorkspace } from '../navigation.js';

export class DocumentWorkspace {
  /** route: { mode: 'edit', id } or { mode: 'create', parentId, typeId } */
  constructor(host, route) {
    this.host = host;
    this.route = route;
    this.key = route.mode === 'edit' ? route.id : `create:${route.parentId}:${route.typeId}`;
    this.views = new Map();
    this.createHash = route.mode === 'create' ? location.hash : null;
  }

  get isNew() {
    return this.route.mode === 'create';
  }

  async open(view = 'content') {
    if (this.isNew) {
      const parent = this.route.parentId === 'root' ? null : await get(`/document/${this.route.parentId}`);
      this.type = await documentType(this.route.typeId);
      const t = this.type.definition;
      this.document = {
        id: null,
        documentType: { id: t.key, alias: t.alias, name: t.name, icon: t.icon },
        parent: parent ? { id: parent.id } : null,
        variants: [{ name: '', state: 'Draft' }],
        values: [],
        draftVersionId: null,
        childCount: 0,
        ancestors: parent ? [...parent.ancestors, { id: parent.id, name: parent.variants[0].name }] : [],
      };
    } else {
      this.document = await get(`/document/${this.route.id}`);
      this.type = await documentType(this.document.documentType.id);
    }
    this.render();
    this.setView(view);
  }

  async reload(view) {
    this.views.clear();
    await this.open(view ?? this.currentView);
  }

  /** The document as tree items describe it (for entity actions). */
  asItem() {
    return { id: this.document.id, documentType: this.document.documentType, variants: this.document.variants, parent: this.document.parent };
  }

  render() {
    const doc = this.document;
    this.nameInput = h('uui-input', { label: 'Name', placeholder: `Enter a name for the ${doc.documentType.name}`, value: doc.variants[0].name, 'data-testid': 'document-name', class: 'workspace-name' });
    this.nameError = h('div', { class: 'property-error', role: 'alert', 'data-alias': 'name' });
    this.stateTag = h('uui-tag', { look: 'secondary', 'data-testid': 'document-state' }, this.isNew ? 'New' : stateLabel(doc.variants[0].state));
    const { scheduledPublishDate, scheduledUnpublishDate } = doc.variants[0];
    this.scheduleTag = scheduledPublishDate || scheduledUnpublishDate
      ? h('uui-tag', { look: 'outline', color: 'warning', 'data-testid': 'document-schedule' },
        [scheduledPublishDate ? `Publishes ${when(scheduledPublishDate)}` : null, scheduledUnpublishDate ? `Unpublishes ${when(scheduledUnpublishDate)}` : null].filter(Boolean).join(' · '))
      : null;
    this.viewTabs = h('uui-tab-group', { class: 'workspace-views' });
    this.body = h('div', { class: 'workspace-body' });
    const viewDefs = [['content', 'Content']];
    if (!this.isNew) {
      viewDefs.push(['info', 'Info']);
      if (doc.childCount > 0 || (this.type.definition.allowedChildren ?? []).length > 0) viewDefs.push(['collection', 'Collection']);
      for (const ext of workspaceViews(doc.documentType.alias)) viewDefs.push([`ext:${ext.meta?.pathname ?? ext.alias}`, ext.meta?.label ?? ext.alias, ext]);
    }
    this.extensions = new Map(viewDefs.filter(v => v[2]).map(v => [v[0], v[2]]));
    for (const [id, label] of viewDefs) {
      this.viewTabs.append(h('uui-tab', { label, 'data-view': id, onclick: () => { location.hash = this.isNew ? location.hash : `#/content/edit/${doc.id}/${id}`; if (this.isNew) this.setView(id); } }, label));
    }

    const header = h('div', { class: 'workspace-header' },
      h('div', { class: 'workspace-title' }, h('span', { class: 'workspace-type' }, doc.documentType.name), this.nameInput, this.stateTag, this.scheduleTag, this.nameError),
      this.viewTabs,
      !this.isNew ? button('•••', () => showActions(this.asItem()), { compact: true, look: 'outline', attrs: { title: 'Actions', 'data-testid': 'workspace-actions' } }) : null);
    const crumbs = h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' },
      h('a', { href: '#/content' }, 'Content'),
      doc.ancestors.map(a => [' / ', h('a', { href: `#/content/edit/${a.id}` }, a.name)]),
      ' / ', h('span', {}, doc.variants[0].name || '(new)'));
    const footer = h('div', { class: 'workspace-footer' }, crumbs, h('div', { class: 'workspace-buttons' },
      (this.isNew ? can('Create') : can('Update')) ? button('Save', () => this.save(), { look: 'secondary', color: 'positive', attrs: { 'data-testid': 'save' } }) : null,
      can('Publish') && (this.isNew ? can('Create') : can('Update')) ? button('Save and publish', () => this.saveAndPublish(), { look: 'primary', color: 'positive', attrs: { 'data-testid': 'save-and-publish' } }) : null,
      !this.isNew && can('Publish') ? button('Publish with descendants…', () => this.publishWithDescendants(), { look: 'outline', attrs: { 'data-testid': 'publish-descendants' } }) : null,
      !this.isNew && can('Publish') ? button('Schedule…', () => this.schedule(), { look: 'outline', attrs: { 'data-testid': 'schedule' } }) : null,
      !this.isNew && can('Unpublish') && doc.variants[0].state !== 'Draft' ? button('Unpublish…', () => this.unpublish(), { look: 'outline', color: 'warning', attrs: { 'data-testid': 'unpublish' } }) : null));

    const root = h('div', { class: 'workspace', 'data-testid': 'workspace', 'data-document': doc.id ?? 'new' }, header, this.body, footer);
    this.host.replaceChildren(root);
    this.buildContentView();
    this.trackChanges(root);
  }

  /** Remembers the form as rendered, so leaving can tell whether anything was changed since. */
  trackChanges(root) {
    this.baseline = null;
    this.touched = false;
    this.saved = false;
    const touch = event => { if (!event.target.closest?.('.view-info, .view-collection')) this.touched = true; };
    root.addEventListener('input', touch);
    root.addEventListener('change', touch);
    this.collect().then(values => { this.baseline = JSON.stringify(values); });
    setActiveWorkspace(this);
  }

  /** True when the address (#/content/edit/<id>[/<view>], or this create form's address) shows this workspace. */
  owns(hash) {
    if (this.isNew) return !this.saved && hash === this.createHash;
    const prefix = `#/content/edit/${this.document.id}`;
    return hash === prefix || hash.startsWith(`${prefix}/`);
  }

  /** True when the name or a property differs from what was loaded or last saved. */
  async hasUnsavedChanges() {
    if (this.saved || this.baseline === null || !this.host.isConnected) return false;
    return JSON.stringify(await this.collect()) !== this.baseline;
  }

  /** The user may save this document (the Save button is shown). */
  get canSave() {
    return this.isNew ? can('Create') : can('Update');
  }

  buildContentView() {
    const properties = this.type.allProperties;
    const tabs = this.type.allTabs.filter(t => t.type === 'Tab').sort((a, b) => a.sortOrder - b.sortOrder);
    const groups = this.type.allTabs.filter(t => t.type !== 'Tab').sort((a, b) => a.sortOrder - b.sortOrder);
    const values = new Map(this.document.values.map(v => [v.alias, v.value]));
    const context = { documentKey: this.document.id, parentKey: this.document.parent?.id ?? null };
    this.editors = new Map();
    this.propertyElements = new Map();

    const placeOf = property => {
      const alias = property.tabAlias ?? '';
      if (tabs.some(t => t.alias === alias)) return { tab: alias, group: null };
      const group = groups.find(g => g.alias === alias);
      if (group) return { tab: alias.includes('/') ? alias.split('/')[0] : 'generic', group };
      return { tab: 'generic', group: null };
    };

    const panels = new Map();
    const panelFor = tabAlias => {
      if (!panels.has(tabAlias)) panels.set(tabAlias, { direct: [], groups: new Map() });
      return panels.get(tabAlias);
    };
    for (const { property, dataType } of [...properties].sort((a, b) => a.property.sortOrder - b.property.sortOrder)) {
      const editor = createEditor(property, dataType, values.get(property.alias) ?? null, context);
      this.editors.set(property.alias, editor);
      const error = h('div', { class: 'property-error', role: 'alert' });
      const element = h('div', { class: 'property', dataset: { alias: property.alias } },
        h('div', { class: 'property-label' },
          h('label', {}, property.name, property.mandatory ? h('span', { class: 'mandatory', title: 'Required' }, ' *') : null),
          property.description ? h('small', {}, property.description) : null),
        h('div', { class: 'property-editor' }, editor.element, error));
      this.propertyElements.set(property.alias, { element, error, place: placeOf(property) });
      const { tab, group } = placeOf(property);
      const panel = panelFor(tab);
      if (group) {
        if (!panel.groups.has(group.alias)) panel.groups.set(group.alias, { group, items: [] });
        panel.groups.get(group.alias).items.push(element);
      } else {
        panel.direct.push(element);
      }
    }

    const tabOrder = [...tabs.map(t => [t.alias, t.caption]), ['generic', 'Generic']].filter(([alias]) => panels.has(alias));
    this.tabButtons = new Map();
    this.tabPanels = new Map();
    const tabGroup = h('uui-tab-group', { class: 'content-tabs' });
    const panelHost = h('div', { class: 'content-panels' });
    tabOrder.forEach(([alias, caption], index) => {
      const panel = panels.get(alias);
      const content = h('div', { class: 'content-panel', 'data-tab': alias, hidden: index !== 0 },
        panel.direct.length ? h('uui-box', {}, panel.direct) : null,
        [...panel.groups.values()].map(({ group, items }) => h('uui-box', { headline: group.caption }, items)));
      const tabButton = h('uui-tab', { label: caption, 'data-tab': alias, active: index === 0, onclick: () => this.showTab(alias) }, caption);
      tabGroup.append(tabButton);
      panelHost.append(content);
      this.tabButtons.set(alias, tabButton);
      this.tabPanels.set(alias, content);
    });
    const view = h('div', { class: 'content-view' }, tabOrder.length > 1 ? tabGroup : null, panelHost);
    this.views.set('content', view);
  }

  showTab(alias) {
    for (const [key, panel] of this.tabPanels) panel.hidden = key !== alias;
    for (const [key, tab] of this.tabButtons) tab.toggleAttribute('active', key === alias);
  }

  setView(view) {
    if (!this.views.has('content')) return;
    const known = [...this.viewTabs.children].map(t => t.dataset.view);
    const id = known.includes(view) ? view : 'content';
    this.currentView = id;
    for (const tab of this.viewTabs.children) tab.toggleAttribute('active', tab.dataset.view === id);
    if (!this.views.has(id)) {
      const host = h('div', { class: `view-${id.replace(':', '-')}` });
      this.views.set(id, host);
      if (id === 'info') renderInfo(host, this);
      else if (id === 'collection') renderCollection(host, this);
      else if (this.extensions.has(id)) {
        createElement(this.extensions.get(id), { documentId: this.document.id, document: this.document }).then(el => host.replaceChildren(el));
      }
    }
    this.body.replaceChildren(this.views.get(id));
  }

  async collect() {
    const values = [];
    for (const [alias, editor] of this.editors) values.push({ alias, value: await editor.getValue() });
    return { name: this.nameInput.value ?? '', values };
  }

  clearErrors() {
    this.nameError.textContent = '';
    for (const { error } of this.propertyElements.values()) error.textContent = '';
    for (const tab of this.tabButtons.values()) tab.removeAttribute('data-invalid');
    for (const el of this.host.querySelectorAll('.block-property .property-error')) el.textContent = '';
  }

  async showErrors(errors) {
    this.clearErrors();
    const nested = new Map();
    let firstTab = null;
    for (const [path, messages] of Object.entries(errors)) {
      if (path === 'name') { this.nameError.textContent = messages.join(' '); continue; }
      const top = path.split(/[.[]/)[0];
      const target = this.propertyElements.get(top);
      if (!target) continue;
      const inner = path.slice(top.length);
      const match = /^\[(\d+)\]\.(.+)$/.exec(inner);
      const text = match ? `Block ${Number(match[1]) + 1}, ${match[2]}: ${messages.join(' ')}` : messages.join(' ');
      target.error.append(h('div', {}, text));
      if (match) {
        if (!nested.has(top)) nested.set(top, []);
        nested.get(top).push([Number(match[1]), path, messages.join(' ')]);
      }
      const tab = target.place.tab;
      this.tabButtons.get(tab)?.setAttribute('data-invalid', '');
      firstTab ??= tab;
    }
    if (firstTab && this.tabPanels.has(firstTab)) this.showTab(firstTab);
    for (const [alias, list] of nested) {
      this.editors.get(alias)?.openBlocks?.(list.map(l => l[0]));
    }
    if (nested.size) {
      await new Promise(resolve => setTimeout(resolve, 100));
      for (const [, list] of nested) {
        for (const [, path, message] of list) {
          const slot = this.host.querySelector(`.block-property[data-alias="${CSS.escape(path)}"] .property-error`);
          if (slot) slot.textContent = message;
        }
      }
    }
  }

  /** Saves the draft; resolves with the saved document or null. */
  async save({ quiet = false, navigate = true } = {}) {
    const { name, values } = await this.collect();
    const body = { values, variants: [{ name }] };
    let saved;
    try {
      if (this.isNew) {
        saved = await post('/document', { ...body, parent: this.document.parent, documentType: { id: this.document.documentType.id } });
      } else {
        saved = await put(`/document/${this.document.id}`, { ...body, expectedDraftVersionId: this.document.draftVersionId });
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        await this.conflict(error, body);
        return null;
      }
      if (error instanceof ApiError && error.status === 400 && Object.keys(error.errors).length) {
        await this.showErrors(error.errors);
        toast('Could not save', 'Fix the fields marked in red.', 'danger');
        return null;
      }
      toast('Could not save', problemText(error), 'danger');
      return null;
    }

    this.clearErrors();
    notifyChanged({ key: saved.id, parents: [saved.parent?.id ?? null] });
    if (!quiet) toast('Saved', `${saved.variants[0].name} was saved.`);
    if (this.isNew) {
      this.saved = true;
      if (navigate) location.replace(`#/content/edit/${saved.id}`);
      return saved;
    }
    this.document = saved;
    this.views.clear();
    const view = this.currentView;
    this.render();
    this.setView(view);
    return saved;
  }

  async saveAndPublish() {
    const saved = await this.save({ quiet: true, navigate: false });
    if (!saved) return;
    const published = await publish({ id: saved.id, variants: saved.variants });
    notifyChanged({ key: saved.id, parents: [saved.parent?.id ?? null] });
    if (this.isNew) location.replace(`#/content/edit/${saved.id}`);
    else if (published) await this.reload();
  }

  async publishWithDescendants() {
    const saved = await this.save({ quiet: true });
    if (!saved) return;
    if (await publish(this.asItem(), true)) await this.reload();
    notifyChanged({ key: saved.id, parents: [saved.parent?.id ?? null, saved.id] });
  }

  /** Saves the draft, then opens the schedule dialog (the scheduler publishes the draft as it is then). */
  async schedule() {
    const saved = await this.save({ quiet: true });
    if (!saved) return;
    if (await schedule(this.asItem())) await this.reload();
  }

  async unpublish() {
    if (await unpublish(this.asItem())) {
      await this.reload();
      notifyChanged({ key: this.document.id, parents: [this.document.parent?.id ?? null] });
    }
  }

  async conflict(error, body) {
    const problem = error.problem;
    const other = problem.currentVersion ?? {};
    const labels = Object.fromEntries(this.type.allProperties.map(p => [p.property.alias, p.property.name]));
    const details = h('div', { class: 'conflict-details' });
    const choice = await dialog('Someone else saved this document', () => h('div', {},
      h('p', { 'data-testid': 'conflict-message' }, `${other.user ?? 'Another editor'} saved "${other.name ?? ''}" at ${when(other.versionDate)}, after you opened it. `
        + 'Your changes were not saved, so nothing was overwritten.'),
      button('Show their changes', async () => {
        const theirs = await get(`/document-version/${problem.currentDraftVersionId}`);
        details.replaceChildren(h('p', {}, 'Red: your version. Green: theirs.'), renderValuesDiff(body.variants[0].name, body.values, theirs.name, theirs.values, labels));
      }, { look: 'outline', attrs: { 'data-testid': 'show-their-changes' } }),
      details), [
      { label: 'Discard mine and reload', action: () => 'reload' },
      { label: 'Save mine anyway', color: 'warning', action: () => 'overwrite' },
    ], { wide: true, testid: 'conflict-dialog' });
    if (choice === 'reload') await this.reload();
    if (choice === 'overwrite') {
      this.document.draftVersionId = problem.currentDraftVersionId;
      await this.save();
    }
  }
}
