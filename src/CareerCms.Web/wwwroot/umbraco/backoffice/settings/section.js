// The Settings section: document types (name, description, structure, properties with their validation) and data
// types (name and editor configuration), plus the Settings dashboards from package manifests (#/settings/dashboard/<pathname>).
import { get, put, clearTypeCache } from '../api.js';
import { h, button, toast } from '../dom.js';
import { renderDashboards } from '../dashboards/section-dashboards.js';
import { problemText } from '../content/actions.js';

export function createSection(main) {
  const nav = h('nav', { class: 'settings-nav' });
  const content = h('main', { class: 'bo-main' });
  main.replaceChildren(h('aside', { class: 'bo-sidebar' }, nav), content);

  async function loadNav() {
    const [types, dataTypes] = await Promise.all([get('/tree/document-type/root'), get('/tree/data-type/root')]);
    nav.replaceChildren(
      h('h4', {}, 'Document Types'), h('ul', {}, types.map(t => h('li', {}, h('a', { href: `#/settings/document-type/${t.id}` }, t.name, t.isElement ? h('small', {}, ' (element)') : null)))),
      h('h4', {}, 'Data Types'), h('ul', {}, dataTypes.map(d => h('li', {}, h('a', { href: `#/settings/data-type/${d.id}` }, d.name)))));
  }
  loadNav();

  return {
    async route([kind, id]) {
      if (kind === 'document-type' && id) return renderDocumentType(content, id, loadNav);
      if (kind === 'data-type' && id) return renderDataType(content, id, loadNav);
      return renderDashboards(content, {
        sectionAlias: 'Umb.Section.Settings', sectionPath: 'settings', pathname: kind === 'dashboard' ? id : undefined,
        fallback: () => h('uui-box', { headline: 'Settings' }, h('p', {}, 'Choose a document type or data type on the left.')),
      });
    },
  };
}

function labelled(label, input) {
  return h('label', { class: 'form-row' }, h('span', {}, label), input);
}

async function renderDocumentType(host, id, refresh) {
  const { definition } = await get(`/document-type/${id}`);
  const all = await get('/tree/document-type/root');
  const dataTypes = new Map((await get('/tree/data-type/root')).map(d => [d.id, d]));
  const name = h('uui-input', { label: 'Name', value: definition.name });
  const description = h('uui-textarea', { label: 'Description', value: definition.description ?? '' });
  const icon = h('uui-input', { label: 'Icon', value: definition.icon ?? '' });
  const allowAtRoot = h('uui-toggle', { label: 'Allow at root', checked: definition.allowAtRoot }, 'Allow at root');
  const children = all.filter(t => !t.isElement).map(t => h('uui-checkbox', {
    label: t.name, value: t.id, 'data-alias': t.alias, checked: definition.allowedChildren.some(c => c.key === t.id || c.alias === t.alias),
  }, t.name));
  const rows = definition.properties.map(p => {
    const row = {
      property: p,
      name: h('uui-input', { label: 'Name', value: p.name }),
      description: h('uui-input', { label: 'Description', value: p.description ?? '' }),
      mandatory: h('uui-checkbox', { label: 'Mandatory', checked: p.mandatory }, 'Mandatory'),
      regex: h('uui-input', { label: 'Regular expression', value: p.validationRegExp ?? '', placeholder: 'e.g. ^.{1,200}$' }),
      regexMessage: h('uui-input', { label: 'Message', value: p.validationRegExpMessage ?? '' }),
    };
    return row;
  });
  const save = async () => {
    const updated = {
      ...definition,
      name: name.value,
      description: description.value,
      icon: icon.value,
      allowAtRoot: allowAtRoot.checked,
      allowedChildren: children.filter(c => c.checked).map((c, i) => ({ key: c.value, alias: c.dataset.alias, sortOrder: i })),
      properties: rows.map(r => ({
        ...r.property, name: r.name.value, description: r.description.value, mandatory: r.mandatory.checked,
        validationRegExp: r.regex.value || null, validationRegExpMessage: r.regexMessage.value || null,
      })),
    };
    try {
      await put(`/document-type/${id}`, updated);
      clearTypeCache();
      toast('Document type saved');
      refresh();
    } catch (e) {
      toast('Could not save the document type', problemText(e), 'danger');
    }
  };
  host.replaceChildren(h('div', { class: 'workspace', 'data-testid': 'document-type' },
    h('div', { class: 'workspace-header' }, h('h2', {}, definition.name), h('code', {}, definition.alias)),
    h('div', { class: 'workspace-body' },
      h('uui-box', { headline: 'Details' }, labelled('Name', name), labelled('Description', description), labelled('Icon', icon)),
      h('uui-box', { headline: 'Structure' }, allowAtRoot, h('p', {}, 'Allowed child types:'), h('div', { class: 'checkbox-list' }, children)),
      h('uui-box', { headline: 'Properties' }, h('table', { class: 'bo-table' },
        h('thead', {}, h('tr', {}, ['Name', 'Alias', 'Data type', 'Tab / group', 'Description', 'Mandatory', 'Validation', 'Message'].map(c => h('th', {}, c)))),
        h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, r.name), h('td', {}, h('code', {}, r.property.alias)),
          h('td', {}, h('a', { href: `#/settings/data-type/${r.property.dataTypeKey}` }, dataTypes.get(r.property.dataTypeKey)?.name ?? r.property.editorAlias)),
          h('td', {}, r.property.tabCaption ?? ''), h('td', {}, r.description), h('td', {}, r.mandatory), h('td', {}, r.regex), h('td', {}, r.regexMessage))))))),
    h('div', { class: 'workspace-footer' }, h('span', {}), button('Save', save, { look: 'primary', color: 'positive' }))));
}

async function renderDataType(host, id, refresh) {
  const dataType = await get(`/data-type/${id}`);
  const name = h('uui-input', { label: 'Name', value: dataType.name });
  const config = h('uui-textarea', { label: 'Configuration (JSON)', rows: 14, value: JSON.stringify(dataType.configuration, null, 2), class: 'code' });
  const error = h('div', { class: 'property-error', role: 'alert' });
  const save = async () => {
    let configuration;
    try { configuration = JSON.parse(config.value); } catch (e) { error.textContent = `Not valid JSON: ${e.message}`; return; }
    error.textContent = '';
    try {
      await put(`/data-type/${id}`, { name: name.value, configuration });
      clearTypeCache();
      toast('Data type saved');
      refresh();
    } catch (e) {
      toast('Could not save the data type', problemText(e), 'danger');
    }
  };
  host.replaceChildren(h('div', { class: 'workspace', 'data-testid': 'data-type' },
    h('div', { class: 'workspace-header' }, h('h2', {}, dataType.name), h('code', {}, dataType.editorAlias)),
    h('div', { class: 'workspace-body' }, h('uui-box', { headline: 'Data type' },
      labelled('Name', name), labelled('Property editor', h('code', {}, `${dataType.editorAlias} / ${dataType.editorUiAlias ?? ''}`)), labelled('Configuration', config), error)),
    h('div', { class: 'workspace-footer' }, h('span', {}), button('Save', save, { look: 'primary', color: 'positive' }))));
}
