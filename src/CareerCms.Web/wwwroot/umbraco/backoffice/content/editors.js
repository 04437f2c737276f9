// Property editors, by Umbraco editor alias. Each factory gets (property, dataType, rawValue, context) and returns
// { element, getValue() } where getValue() is the raw stored string (or null), exactly as the content engine and
// uSync store it: dropdowns and tags as JSON arrays, pickers as umb://document UDIs, rich text as {"markup": ...}.
import { get, qs, documentUdi, udiKey } from '../api.js';
import { h, button } from '../dom.js';
import { pickDocuments } from './picker.js';
import { blockListEditor } from './blocks.js';

const factories = {
  'Umbraco.TextBox': textBox,
  'Umbraco.EmailAddress': textBox,
  'Umbraco.TextArea': textArea,
  'Umbraco.Integer': number,
  'Umbraco.Decimal': number,
  'Umbraco.DropDown.Flexible': dropdown,
  'Umbraco.RadioButtonList': dropdown,
  'Umbraco.CheckBoxList': (p, d, v, c) => dropdown(p, { ...d, configuration: { ...d?.configuration, multiple: true } }, v, c),
  'Umbraco.Tags': tags,
  'Umbraco.RichText': richText,
  'Umbraco.ContentPicker': (p, d, v, c) => documentPicker(p, d, v, c, false),
  'Umbraco.MultiNodeTreePicker': (p, d, v, c) => documentPicker(p, d, v, c, true),
  'Umbraco.MultiUrlPicker': multiUrlPicker,
  'Umbraco.BlockList': blockListEditor,
  'Umbraco.TrueFalse': trueFalse,
};

/** Creates the editor for a property. */
export function createEditor(property, dataType, value, context = {}) {
  const factory = factories[property.editorAlias] ?? textBox;
  return factory(property, dataType, value ?? null, context);
}

function config(dataType) {
  return dataType?.configuration ?? {};
}

function textBox(property, dataType, value) {
  const max = config(dataType).maxChars ?? 512;
  const input = h('uui-input', { label: property.name, maxlength: max, value: value ?? '', 'data-editor': 'text' });
  const counter = h('small', { class: 'counter' });
  const update = () => { counter.textContent = `${(input.value ?? '').length} / ${max}`; };
  input.addEventListener('input', update);
  update();
  return { element: h('div', { class: 'editor-text' }, input, counter), getValue: () => emptyToNull(input.value) };
}

function textArea(property, dataType, value) {
  const input = h('uui-textarea', { label: property.name, rows: config(dataType).rows ?? 4, value: value ?? '', 'data-editor': 'textarea' });
  if (config(dataType).maxChars) input.setAttribute('maxlength', config(dataType).maxChars);
  return { element: input, getValue: () => emptyToNull(input.value) };
}

function number(property, dataType, value) {
  const c = config(dataType);
  const input = h('uui-input', { type: 'number', label: property.name, value: value ?? '', min: c.min, max: c.max, step: c.step, 'data-editor': 'number' });
  const hint = c.min !== undefined || c.max !== undefined ? h('small', { class: 'hint' }, [c.min !== undefined ? `min ${c.min}` : '', c.max ? `max ${c.max}` : ''].filter(Boolean).join(', ')) : null;
  return { element: h('div', { class: 'editor-number' }, input, hint), getValue: () => emptyToNull(String(input.value ?? '').trim()) };
}

function parseArray(value) {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return [value];
  }
}

function dropdown(property, dataType, value) {
  const c = config(dataType);
  const items = (c.items ?? []).map(i => (typeof i === 'string' ? i : i.value));
  const selected = new Set(parseArray(value));
  if (c.multiple) {
    const boxes = items.map(item => h('uui-checkbox', { label: item, value: item, checked: selected.has(item) }, item));
    return {
      element: h('div', { class: 'editor-checkboxes', 'data-editor': 'dropdown-multiple' }, boxes),
      getValue: () => { const values = boxes.filter(b => b.checked).map(b => b.value); return values.length ? JSON.stringify(values) : null; },
    };
  }
  const select = h('uui-select', { label: property.name, 'data-editor': 'dropdown', placeholder: 'Choose…' });
  select.options = [{ name: '', value: '', selected: selected.size === 0 }, ...items.map(item => ({ name: item, value: item, selected: selected.has(item) }))];
  return { element: select, getValue: () => (select.value ? JSON.stringify([select.value]) : null) };
}

function tags(property, dataType, value) {
  const values = parseArray(value);
  const list = h('div', { class: 'tags' });
  const input = h('uui-input', { label: `Add ${property.name}`, placeholder: 'Type and press Enter', 'data-editor': 'tags' });
  const render = () => list.replaceChildren(...values.map((tag, index) => h('uui-tag', { look: 'secondary' }, tag, ' ',
    h('button', { class: 'tag-remove', 'aria-label': `Remove ${tag}`, onclick: () => { values.splice(index, 1); render(); } }, '×'))));
  input.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const tag = (input.value ?? '').trim();
    if (tag && !values.includes(tag)) values.push(tag);
    input.value = '';
    render();
  });
  render();
  return { element: h('div', { class: 'editor-tags' }, list, input), getValue: () => (values.length ? JSON.stringify(values) : null) };
}

function trueFalse(property, dataType, value) {
  const toggle = h('uui-toggle', { label: property.name, checked: value === '1' || value === 'true' || value === 'True' });
  return { element: toggle, getValue: () => (toggle.checked ? '1' : '0') };
}

// Rich text: a contenteditable area with the toolbar the starter data type configures. The server sanitizes what is
// saved (HtmlSanitizer), so markup shown here has already been cleaned; scripts cannot run anyway (CSP).
function richText(property, dataType, value) {
  let markup = '';
  let blocks = null;
  if (value) {
    try {
      const parsed = JSON.parse(value);
      markup = parsed.markup ?? '';
      blocks = parsed.blocks ?? null;
    } catch {
      markup = value;
    }
  }
  const area = h('div', { class: 'rte-area', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': property.name, 'data-editor': 'richtext' });
  area.innerHTML = new DOMParser().parseFromString(markup, 'text/html').body.innerHTML;
  const source = h('textarea', { class: 'rte-source', hidden: true, 'aria-label': `${property.name} source` });
  const command = (cmd, arg) => () => { area.focus(); document.execCommand(cmd, false, arg); };
  const toolbar = h('div', { class: 'rte-toolbar' },
    h('button', { title: 'Bold', onclick: command('bold') }, h('b', {}, 'B')),
    h('button', { title: 'Italic', onclick: command('italic') }, h('i', {}, 'I')),
    h('button', { title: 'Underline', onclick: command('underline') }, h('u', {}, 'U')),
    h('button', { title: 'Heading 2', onclick: command('formatBlock', 'h2') }, 'H2'),
    h('button', { title: 'Heading 3', onclick: command('formatBlock', 'h3') }, 'H3'),
    h('button', { title: 'Bullet list', onclick: command('insertUnorderedList') }, '• List'),
    h('button', { title: 'Ordered list', onclick: command('insertOrderedList') }, '1. List'),
    h('button', { title: 'Blockquote', onclick: command('formatBlock', 'blockquote') }, '❝'),
    h('button', { title: 'Link', onclick: () => { const url = prompt('Link URL'); if (url) command('createLink', url)(); } }, 'Link'),
    h('button', { title: 'Remove link', onclick: command('unlink') }, 'Unlink'),
    h('button', { title: 'Source code', onclick: () => {
      if (source.hidden) { source.value = area.innerHTML; source.hidden = false; area.hidden = true; } else { area.innerHTML = new DOMParser().parseFromString(source.value, 'text/html').body.innerHTML; source.hidden = true; area.hidden = false; }
    } }, '</>'));
  for (const b of toolbar.querySelectorAll('button')) b.type = 'button';
  return {
    element: h('div', { class: 'editor-rte' }, toolbar, area, source),
    getValue: () => {
      const html = (source.hidden ? area.innerHTML : source.value).trim();
      return html && html !== '<br>' ? JSON.stringify({ markup: html, blocks }) : null;
    },
  };
}

function documentPicker(property, dataType, value, context, multiple) {
  const c = config(dataType);
  const keys = (value ?? '').split(',').map(udiKey).filter(Boolean);
  const list = h('div', { class: 'picker-items', 'data-editor': multiple ? 'mntp' : 'contentpicker' });
  const names = new Map();
  const allowedTypes = typeof c.filter === 'string' && c.filter ? c.filter.split(',').map(s => s.trim()) : null;
  const render = () => {
    list.replaceChildren(...keys.map((key, index) => h('div', { class: 'picker-item', 'data-key': key },
      h('span', {}, names.get(key) ?? key),
      button('Remove', () => { keys.splice(index, 1); render(); }, { compact: true, look: 'outline' }))));
    if (multiple || keys.length === 0) {
      list.append(button(multiple ? 'Add' : 'Choose', async () => {
        const picked = await pickDocuments({ multiple, allowedTypes, headline: `Choose ${property.name}` });
        for (const item of picked) {
          names.set(item.id, item.variants[0].name);
          if (!keys.includes(item.id)) keys.push(item.id);
        }
        if (!multiple && keys.length > 1) keys.splice(0, keys.length - 1);
        render();
      }, { look: 'placeholder', attrs: { 'data-testid': `choose-${property.alias}` } }));
    }
  };
  if (keys.length) {
    get(`/item/document${qs({ id: keys })}`).then(items => { for (const i of items) names.set(i.id, i.variants[0].name); render(); }).catch(() => {});
  }
  render();
  void context;
  return { element: list, getValue: () => (keys.length ? keys.map(documentUdi).join(',') : null) };
}

function multiUrlPicker(property, dataType, value) {
  let links = [];
  try { links = value ? JSON.parse(value) : []; } catch { links = []; }
  const list = h('div', { class: 'url-items', 'data-editor': 'multiurl' });
  const render = () => {
    list.replaceChildren(...links.map((link, index) => {
      const name = h('uui-input', { label: 'Link title', placeholder: 'Title', value: link.name ?? '' });
      const url = h('uui-input', { label: 'URL', placeholder: link.type === 'document' ? '(content item)' : 'https://…', value: link.url ?? '', disabled: link.type === 'document' });
      const blank = h('uui-checkbox', { label: 'Open in new window', checked: link.target === '_blank' }, 'New window');
      name.addEventListener('input', () => { link.name = name.value; });
      url.addEventListener('input', () => { link.url = url.value; });
      blank.addEventListener('change', () => { link.target = blank.checked ? '_blank' : null; });
      return h('div', { class: 'url-item' }, name, url, blank, button('Remove', () => { links.splice(index, 1); render(); }, { compact: true, look: 'outline' }));
    }));
    list.append(h('div', { class: 'url-add' },
      button('Add link', () => { links.push({ name: '', target: '_blank', type: 'external', unique: null, url: '', queryString: null }); render(); }, { look: 'placeholder' }),
      button('Link to content', async () => {
        const [item] = await pickDocuments({ headline: 'Link to content' });
        if (item) { links.push({ name: item.variants[0].name, target: null, type: 'document', unique: item.id, url: null, queryString: null }); render(); }
      }, { look: 'placeholder' })));
  };
  render();
  return {
    element: list,
    getValue: () => {
      const kept = links.filter(l => (l.url ?? '').trim() || l.unique);
      return kept.length ? JSON.stringify(kept) : null;
    },
  };
}

function emptyToNull(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return text.trim() === '' ? null : text;
}
