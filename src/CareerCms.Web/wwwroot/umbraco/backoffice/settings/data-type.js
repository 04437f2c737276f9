// The data type workspace (Settings): the name and the editor configuration as a form. Known settings of the
// built-in editors get typed fields (numbers, toggles, item lists); any other key is edited as JSON. Server
// validation answers per key ("configuration.max") and is shown at the field.
import { get, put, clearTypeCache, ApiError } from '../api.js';
import { h, button, toast } from '../dom.js';
import { problemText } from '../content/actions.js';

// The settings each built-in editor reads (see EditorValueRules on the server), with their kind.
const KNOWN_SETTINGS = {
  'Umbraco.TextBox': { maxChars: 'number' },
  'Umbraco.TextArea': { maxChars: 'number', rows: 'number' },
  'Umbraco.Integer': { min: 'number', max: 'number', step: 'number' },
  'Umbraco.Decimal': { min: 'number', max: 'number', step: 'number' },
  'Umbraco.DropDown.Flexible': { items: 'list', multiple: 'boolean' },
  'Umbraco.CheckBoxList': { items: 'list' },
  'Umbraco.RadioButtonList': { items: 'list' },
  'Umbraco.MultiNodeTreePicker': { minNumber: 'number', maxNumber: 'number' },
  'Umbraco.MultiUrlPicker': { minNumber: 'number', maxNumber: 'number' },
  'Umbraco.Tags': { group: 'text', storageType: 'text' },
};

function kindOf(value) {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value) && value.every(v => typeof v === 'string')) return 'list';
  return 'json';
}

/** One setting's field: { element, read() } where read() returns [present, value] or throws a message. */
function settingField(key, kind, value, stored) {
  if (kind === 'boolean') {
    const toggle = h('uui-toggle', { label: key, checked: Boolean(value) });
    // A setting the data type did not have stays absent unless switched on.
    return { element: toggle, read: () => (stored || toggle.checked ? [true, toggle.checked] : [false]) };
  }
  if (kind === 'number') {
    const input = h('uui-input', { type: 'number', label: key, value: value ?? '' });
    return {
      element: input,
      read: () => {
        const text = String(input.value ?? '').trim();
        if (!text) return [false];
        const number = Number(text);
        if (Number.isNaN(number)) throw new Error('Must be a number.');
        return [true, number];
      },
    };
  }
  if (kind === 'text') {
    const input = h('uui-input', { label: key, value: value ?? '' });
    return { element: input, read: () => (String(input.value ?? '') ? [true, String(input.value)] : [false]) };
  }
  if (kind === 'list') {
    const items = [...(value ?? [])];
    const list = h('div', { class: 'dt-items', 'data-testid': `items-${key}` });
    const render = () => list.replaceChildren(
      ...items.map((item, index) => {
        const input = h('uui-input', { label: `Item ${index + 1}`, value: item });
        input.addEventListener('input', () => { items[index] = input.value; });
        return h('div', { class: 'dt-item' }, input, button('Remove', () => { items.splice(index, 1); render(); }, { compact: true, look: 'outline' }));
      }),
      button('Add item', () => { items.push(''); render(); list.querySelector('.dt-item:last-of-type uui-input')?.focus(); }, { look: 'placeholder', attrs: { 'data-testid': 'add-item' } }));
    render();
    return { element: list, read: () => [true, items.map(i => String(i ?? ''))] };
  }
  const area = h('uui-textarea', { label: key, rows: 6, class: 'code', value: JSON.stringify(value, null, 2) });
  return {
    element: area,
    read: () => {
      try { return [true, JSON.parse(area.value)]; } catch (e) { throw new Error(`Not valid JSON: ${e.message}`); }
    },
  };
}

export async function renderDataType(host, id, refresh) {
  const dataType = await get(`/data-type/${id}`);
  const config = dataType.configuration ?? {};
  const known = KNOWN_SETTINGS[dataType.editorAlias] ?? {};
  const keys = [...new Set([...Object.keys(known), ...Object.keys(config).sort()])];
  const name = h('uui-input', { label: 'Name', value: dataType.name, 'data-testid': 'data-type-name' });
  const nameError = h('div', { class: 'property-error', role: 'alert', 'data-field': 'name' });
  const fields = keys.map(key => {
    // A known list whose stored items are not plain strings (e.g. objects) is edited as JSON rather than mangled.
    const kind = known[key] === 'list' && key in config && kindOf(config[key]) !== 'list' ? 'json' : known[key] ?? kindOf(config[key]);
    const field = settingField(key, kind, config[key], key in config);
    const error = h('div', { class: 'property-error', role: 'alert', 'data-field': `configuration.${key}` });
    return { key, field, error, row: h('div', { class: 'form-row', 'data-setting': key }, h('span', {}, key), h('div', {}, field.element, error)) };
  });
  const showErrors = errors => {
    nameError.textContent = (errors.name ?? []).join(' ');
    for (const f of fields) f.error.textContent = (errors[`configuration.${f.key}`] ?? []).join(' ');
  };

  const save = async () => {
    const configuration = {};
    const local = {};
    for (const f of fields) {
      try {
        const [present, value] = f.field.read();
        if (present) configuration[f.key] = value;
      } catch (e) {
        local[`configuration.${f.key}`] = [e.message];
      }
    }
    showErrors(local);
    if (Object.keys(local).length) return;
    try {
      await put(`/data-type/${id}`, { name: name.value, configuration });
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) showErrors(e.errors);
      toast('Could not save the data type', problemText(e), 'danger');
      return;
    }
    clearTypeCache();
    toast('Data type saved');
    refresh();
    // Re-read what was stored, unless the editor has already moved on to another item.
    if (host.contains(workspace)) await renderDataType(host, id, refresh);
  };

  const workspace = h('div', { class: 'workspace', 'data-testid': 'data-type' },
    h('div', { class: 'workspace-header' }, h('h2', {}, dataType.name), h('code', {}, dataType.editorAlias)),
    h('div', { class: 'workspace-body' },
      h('uui-box', { headline: 'Data type' },
        h('div', { class: 'form-row' }, h('span', {}, 'Name'), h('div', {}, name, nameError)),
        h('div', { class: 'form-row' }, h('span', {}, 'Property editor'), h('code', {}, `${dataType.editorAlias} / ${dataType.editorUiAlias ?? ''}`))),
      h('uui-box', { headline: 'Configuration' }, fields.length ? fields.map(f => f.row) : h('p', {}, 'This editor has no settings.'))),
    h('div', { class: 'workspace-footer' }, h('span', {}), button('Save', save, { look: 'primary', color: 'positive', attrs: { 'data-testid': 'save-data-type' } })));
  host.replaceChildren(workspace);
}
