// The document type workspace (Settings): name, icon and description; structure (allowed at root, allowed child
// types); design (tabs and groups with their properties: add, rename, remove; data type, mandatory, regular
// expression). The server validates every field (errors come back as "properties[2].alias", "tabs[0].caption", …)
// and answers 409 before deleting values of removed properties; the editor confirms and the save is repeated.
import { get, put, clearTypeCache, ApiError } from '../api.js';
import { h, button, toast, dialog, confirm } from '../dom.js';
import { problemText } from '../content/actions.js';

/** A camelCase alias from a name, as Umbraco's alias generator makes it ("Meta title" -> "metaTitle"). */
export function toAlias(name) {
  const words = (name ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-zA-Z0-9]+/).filter(Boolean);
  const alias = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return alias.replace(/^[^a-zA-Z]+/, '');
}

/** A random key for a new tab or property (crypto.randomUUID needs a secure context; this does not). */
function uuid() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = [...b].map(v => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function labelled(label, input, error) {
  return h('label', { class: 'form-row' }, h('span', {}, label), h('div', {}, input, error ?? null));
}

function errorSlot(field) {
  return h('div', { class: 'property-error', role: 'alert', 'data-field': field });
}

export async function renderDocumentType(host, id, refresh) {
  const [type, all, dataTypeList] = await Promise.all([get(`/document-type/${id}`), get('/tree/document-type/root'), get('/tree/data-type/root')]);
  const editor = new DocumentTypeEditor(host, id, type.definition, all, dataTypeList, refresh);
  editor.render();
  return editor;
}

class DocumentTypeEditor {
  constructor(host, id, definition, allTypes, dataTypes, refresh) {
    this.host = host;
    this.id = id;
    this.definition = definition;
    this.allTypes = allTypes;
    this.dataTypes = dataTypes;
    this.refresh = refresh;
    this.tabs = definition.tabs.map(t => ({ ...t }));
    this.properties = definition.properties.map(p => ({ ...p }));
    this.fieldErrors = new Map();
  }

  render() {
    const d = this.definition;
    this.name = h('uui-input', { label: 'Name', value: d.name, 'data-testid': 'dt-name' });
    this.icon = h('uui-input', { label: 'Icon', value: d.icon ?? '', placeholder: 'icon-document', 'data-testid': 'dt-icon' });
    this.description = h('uui-textarea', { label: 'Description', value: d.description ?? '' });
    this.allowAtRoot = h('uui-toggle', { label: 'Allow at root', checked: d.allowAtRoot, 'data-testid': 'dt-allow-at-root' }, 'Allow at root');
    this.children = this.allTypes.filter(t => !t.isElement).map(t => h('uui-checkbox', {
      label: t.name, value: t.id, 'data-alias': t.alias, checked: d.allowedChildren.some(c => c.key === t.id || c.alias === t.alias),
    }, t.name));
    this.design = h('div', { class: 'dt-design', 'data-testid': 'dt-design' });
    this.renderDesign();
    this.element = h('div', { class: 'workspace', 'data-testid': 'document-type', 'data-alias': d.alias },
      h('div', { class: 'workspace-header' }, h('h2', {}, d.name), h('code', {}, d.alias), d.isElement ? h('uui-tag', { look: 'secondary' }, 'Element type') : null),
      h('div', { class: 'workspace-body' },
        h('uui-box', { headline: 'Details' },
          labelled('Name', this.name, errorSlot('name')), labelled('Icon', this.icon, errorSlot('icon')), labelled('Description', this.description),
          h('div', { class: 'property-error', role: 'alert', 'data-field': 'alias' })),
        d.isElement ? null : h('uui-box', { headline: 'Structure' }, this.allowAtRoot, h('p', {}, 'Allowed child types:'),
          h('div', { class: 'checkbox-list', 'data-testid': 'dt-allowed-children' }, this.children), errorSlot('allowedChildren')),
        h('uui-box', { headline: 'Design' }, this.design)),
      h('div', { class: 'workspace-footer' }, h('span', {}), button('Save', () => this.save(), { look: 'primary', color: 'positive', attrs: { 'data-testid': 'save-document-type' } })));
    this.host.replaceChildren(this.element);
  }

  /** Tabs in order, each followed by its groups; then top-level groups; then "Generic" for properties without one. */
  containers() {
    const sorted = [...this.tabs].sort((a, b) => a.sortOrder - b.sortOrder);
    const tabs = sorted.filter(t => t.type === 'Tab');
    const groups = sorted.filter(t => t.type !== 'Tab');
    const result = [];
    for (const tab of tabs) {
      result.push({ container: tab, depth: 0 });
      for (const group of groups.filter(g => g.alias.startsWith(`${tab.alias}/`))) result.push({ container: group, depth: 1 });
    }
    for (const group of groups.filter(g => !g.alias.includes('/'))) result.push({ container: group, depth: 0 });
    result.push({ container: null, depth: 0 });
    return result;
  }

  renderDesign() {
    const blocks = this.containers().map(({ container, depth }) => this.renderContainer(container, depth));
    this.design.replaceChildren(
      h('p', { class: 'hint' }, 'Tabs hold groups and properties; properties without a tab or group appear under "Generic".'),
      ...blocks,
      h('div', { class: 'button-row' },
        button('Add tab', () => this.addContainer('Tab'), { look: 'placeholder', attrs: { 'data-testid': 'add-tab' } }),
        button('Add group', () => this.addContainer('Group'), { look: 'placeholder', attrs: { 'data-testid': 'add-group' } })));
    this.showErrors();
  }

  renderContainer(container, depth) {
    const alias = container?.alias ?? null;
    const properties = this.properties.filter(p => (p.tabAlias ?? null) === alias).sort((a, b) => a.sortOrder - b.sortOrder);
    if (!container && properties.length === 0) return null;
    const index = container ? this.tabs.indexOf(container) : -1;
    const caption = container
      ? h('uui-input', { label: `${container.type} name`, value: container.caption, 'data-testid': 'container-caption' })
      : h('strong', {}, 'Generic');
    caption.addEventListener?.('input', () => { container.caption = caption.value; });
    const head = h('div', { class: 'dt-container-head' },
      h('uui-tag', { look: 'secondary' }, container?.type ?? 'Generic'),
      caption,
      container ? h('code', {}, container.alias) : null,
      container?.type === 'Tab' ? button('Add group', () => this.addContainer('Group', container), { compact: true, look: 'outline', attrs: { 'data-testid': 'add-group-in-tab' } }) : null,
      container ? button('Remove', () => this.removeContainer(container), { compact: true, look: 'outline', color: 'danger', attrs: { 'data-testid': 'remove-container' } }) : null);
    const rows = properties.map(p => this.renderProperty(p));
    return h('div', { class: `dt-container depth-${depth}`, 'data-container': alias ?? '' },
      head,
      container ? h('div', {}, errorSlot(`tabs[${index}].caption`), errorSlot(`tabs[${index}].alias`), errorSlot(`tabs[${index}].type`)) : null,
      rows.length ? h('div', { class: 'dt-properties-scroll' }, h('table', { class: 'bo-table dt-properties' },
        h('thead', {}, h('tr', {}, ['Name and description', 'Alias', 'Data type', 'Mandatory', 'Validation: regex and message', ''].map(c => h('th', {}, c)))),
        h('tbody', {}, rows))) : null,
      button('Add property', () => this.addProperty(alias), { look: 'placeholder', attrs: { 'data-testid': 'add-property' } }));
  }

  renderProperty(p) {
    const field = key => errorSlot(`property:${p.key}:${key}`);
    const name = h('uui-input', { label: 'Name', value: p.name ?? '', 'data-testid': 'property-name' });
    const alias = h('uui-input', { label: 'Alias', value: p.alias ?? '', 'data-testid': 'property-alias' });
    const dataType = h('uui-select', { label: 'Data type', 'data-testid': 'property-data-type' });
    dataType.options = this.dataTypes.map(d => ({ name: `${d.name} (${d.editorAlias})`, value: d.id, selected: d.id === p.dataTypeKey }));
    const mandatory = h('uui-checkbox', { label: 'Mandatory', checked: p.mandatory, 'data-testid': 'property-mandatory' });
    const regex = h('uui-input', { label: 'Regular expression', value: p.validationRegExp ?? '', placeholder: 'e.g. ^.{1,60}$', 'data-testid': 'property-regex' });
    const regexMessage = h('uui-input', { label: 'Message', value: p.validationRegExpMessage ?? '', placeholder: 'Message when it does not match' });
    const description = h('uui-input', { label: 'Description', value: p.description ?? '', placeholder: 'Description (help text)' });
    name.addEventListener('input', () => {
      p.name = name.value;
      if (p.isNew && !p.aliasTouched) { p.alias = toAlias(name.value); alias.value = p.alias; }
    });
    alias.addEventListener('input', () => { p.alias = alias.value; p.aliasTouched = true; });
    dataType.addEventListener('change', () => { p.dataTypeKey = dataType.value; });
    mandatory.addEventListener('change', () => { p.mandatory = mandatory.checked; });
    regex.addEventListener('input', () => { p.validationRegExp = regex.value; });
    regexMessage.addEventListener('input', () => { p.validationRegExpMessage = regexMessage.value; });
    description.addEventListener('input', () => { p.description = description.value; });
    return h('tr', { 'data-property': p.alias ?? '', 'data-key': p.key },
      h('td', {}, name, field('name'), field('key'), description, field('tab')),
      h('td', {}, alias, field('alias')),
      h('td', {}, dataType, field('dataType')),
      h('td', {}, mandatory),
      h('td', {}, regex, field('validationRegExp'), regexMessage),
      h('td', {}, button('Remove', () => this.removeProperty(p), { compact: true, look: 'outline', color: 'danger', attrs: { 'data-testid': 'remove-property' } })));
  }

  addProperty(tabAlias) {
    const textstring = this.dataTypes.find(d => d.editorAlias === 'Umbraco.TextBox') ?? this.dataTypes[0];
    this.properties.push({
      key: uuid(), isNew: true, name: '', alias: '', dataTypeKey: textstring?.id, editorAlias: textstring?.editorAlias ?? '',
      mandatory: false, validationRegExp: null, validationRegExpMessage: null, description: null, tabAlias,
      sortOrder: Math.max(-1, ...this.properties.map(p => p.sortOrder)) + 1, variations: 'Nothing', labelOnTop: false,
    });
    this.renderDesign();
    const rows = this.design.querySelectorAll(`[data-container="${CSS.escape(tabAlias ?? '')}"] tbody tr`);
    rows[rows.length - 1]?.querySelector('[data-testid=property-name]')?.focus();
  }

  async removeProperty(p) {
    if (!p.isNew && !await confirm('Remove property', `Remove "${p.name}" (${p.alias})? Documents keep their values until you save; saving asks again if any document holds one.`, 'Remove', 'danger')) return;
    this.properties = this.properties.filter(x => x !== p);
    this.renderDesign();
  }

  async addContainer(type, parentTab = null) {
    const input = h('uui-input', { label: 'Name', 'data-testid': 'new-container-name' });
    const name = await dialog(type === 'Tab' ? 'Add tab' : parentTab ? `Add group to ${parentTab.caption}` : 'Add group',
      () => labelled('Name', input), [{ label: 'Add', action: () => (input.value?.trim() ? input.value.trim() : false) }], { testid: 'add-container-dialog' });
    if (!name) return;
    const own = toAlias(name) || 'group';
    const alias = parentTab ? `${parentTab.alias}/${own}` : own;
    this.tabs.push({ key: uuid(), caption: name, alias, type, sortOrder: Math.max(-1, ...this.tabs.map(t => t.sortOrder)) + 1 });
    this.renderDesign();
  }

  async removeContainer(container) {
    const nested = container.type === 'Tab' ? this.tabs.filter(t => t.alias.startsWith(`${container.alias}/`)) : [];
    const aliases = new Set([container.alias, ...nested.map(t => t.alias)]);
    const inside = this.properties.filter(p => aliases.has(p.tabAlias));
    const message = inside.length
      ? `Remove "${container.caption}" with its ${inside.length} propert${inside.length === 1 ? 'y' : 'ies'} (${inside.map(p => p.alias).join(', ')})?`
      : `Remove "${container.caption}"?`;
    if (!await confirm(`Remove ${container.type.toLowerCase()}`, message, 'Remove', 'danger')) return;
    this.tabs = this.tabs.filter(t => !aliases.has(t.alias));
    this.properties = this.properties.filter(p => !aliases.has(p.tabAlias));
    this.renderDesign();
  }

  body() {
    const checked = this.children.filter(c => c.checked);
    return {
      ...this.definition,
      name: this.name.value,
      icon: this.icon.value,
      description: this.description.value,
      allowAtRoot: this.allowAtRoot.checked,
      allowedChildren: checked.map((c, i) => ({ key: c.value, alias: c.dataset.alias, sortOrder: i })),
      tabs: this.tabs.map(({ key, caption, alias, type, sortOrder }) => ({ key, caption, alias, type, sortOrder })),
      properties: this.properties.map(({ isNew, aliasTouched, ...p }) => p),
    };
  }

  /** Server errors keyed by request field, translated to the slots of this form. */
  setErrors(errors) {
    this.fieldErrors = new Map();
    for (const [path, messages] of Object.entries(errors ?? {})) {
      const match = /^properties\[(\d+)\]\.(.+)$/.exec(path);
      const slot = match ? `property:${this.properties[Number(match[1])]?.key}:${match[2]}` : path.replace(/^allowedChildren\[\d+\]$/, 'allowedChildren');
      this.fieldErrors.set(slot, [...(this.fieldErrors.get(slot) ?? []), ...messages]);
    }
    this.showErrors();
  }

  showErrors() {
    for (const slot of this.host.querySelectorAll('.property-error[data-field]')) slot.textContent = (this.fieldErrors.get(slot.dataset.field) ?? []).join(' ');
  }

  async save(confirmDataLoss = false) {
    const body = this.body();
    let saved;
    try {
      saved = await put(`/document-type/${this.id}${confirmDataLoss ? '?confirmDataLoss=true' : ''}`, body);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.problem.operationStatus === 'PropertyHasValues') {
        const list = error.problem.propertiesWithValues ?? [];
        const ok = await dialog('Delete property values?', () => h('div', { 'data-testid': 'data-loss-dialog' },
          h('p', {}, 'Removing these properties deletes their values from every version of these documents. This cannot be undone.'),
          h('ul', {}, list.map(p => h('li', {}, `${p.name} (${p.alias}): ${p.documents} document${p.documents === 1 ? '' : 's'}`)))),
        [{ label: 'Remove and delete values', color: 'danger', action: () => true }], { testid: 'data-loss-dialog' });
        if (ok) await this.save(true);
        return;
      }
      if (error instanceof ApiError && error.status === 400) {
        this.setErrors(error.errors);
        toast('Could not save the document type', Object.keys(error.errors).length ? 'Fix the fields marked in red.' : problemText(error), 'danger');
        return;
      }
      toast('Could not save the document type', problemText(error), 'danger');
      return;
    }
    clearTypeCache();
    toast('Document type saved', `${saved.definition.name} was saved.`);
    this.definition = saved.definition;
    this.tabs = saved.definition.tabs.map(t => ({ ...t }));
    this.properties = saved.definition.properties.map(p => ({ ...p }));
    this.fieldErrors = new Map();
    this.allTypes = await get('/tree/document-type/root');
    this.refresh();
    // Show what was stored, unless the editor has already moved on to another item.
    if (this.host.contains(this.element)) this.render();
  }
}
