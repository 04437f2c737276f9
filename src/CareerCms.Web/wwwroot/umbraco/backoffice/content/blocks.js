// The Block List editor: blocks of the element types the data type allows, each an inline form of that element
// type's properties (any editor, block lists included). Stored in Umbraco 15+'s format: layout + contentData +
// settingsData + expose, values typed as Umbraco writes them (numbers as numbers, pickers and links as JSON).
import { documentType, get, qs, udiKey } from '../api.js';
import { h, button, dialog } from '../dom.js';
import { createEditor } from './editors.js';

const NUMERIC = new Set(['Umbraco.Integer', 'Umbraco.Decimal']);
const JSON_VALUED = new Set(['Umbraco.MultiUrlPicker', 'Umbraco.BlockList', 'Umbraco.Tags', 'Umbraco.DropDown.Flexible', 'Umbraco.RichText']);

function toStored(editorAlias, raw) {
  if (raw === null || raw === undefined) return null;
  if (NUMERIC.has(editorAlias) && raw !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  if (JSON_VALUED.has(editorAlias)) {
    try { return JSON.parse(raw); } catch { return raw; }
  }
  return raw;
}

function toRaw(value) {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function newKey() {
  return crypto.randomUUID();
}

export function blockListEditor(property, dataType, value, context) {
  const config = dataType?.configuration ?? {};
  const allowed = (config.blocks ?? []).map(b => ({ key: b.contentElementTypeKey, label: b.label }));
  let parsed = { layout: { 'Umbraco.BlockList': [] }, contentData: [], settingsData: [], expose: [] };
  try { if (value) parsed = JSON.parse(value); } catch { /* shown as empty; the server reports the bad value */ }
  const contentByKey = new Map((parsed.contentData ?? []).map(c => [c.key, c]));
  const blocks = (parsed.layout?.['Umbraco.BlockList'] ?? []).map(l => contentByKey.get(l.contentKey)).filter(Boolean)
    .map(c => ({ key: c.key, contentTypeKey: c.contentTypeKey, original: c, type: null, values: Object.fromEntries((c.values ?? []).map(v => [v.alias, toRaw(v.value)])), editors: null, open: false }));

  const list = h('div', { class: 'blocks', 'data-editor': 'blocklist' });

  const label = async block => {
    const template = allowed.find(a => a.key === block.contentTypeKey)?.label;
    const type = await documentType(block.contentTypeKey);
    if (!template) return type.definition.name;
    let text = template.replace(/\{=\s*([A-Za-z0-9_]+)\s*\}/g, (_, alias) => block.values[alias] ?? '');
    const pickerAliases = [...template.matchAll(/\{umbContentName:\s*([A-Za-z0-9_]+)\s*\}/g)].map(m => m[1]);
    for (const alias of pickerAliases) {
      const key = udiKey((block.values[alias] ?? '').split(',')[0]);
      let name = '';
      if (key) { try { name = (await get(`/item/document${qs({ id: key })}`))[0]?.variants[0]?.name ?? ''; } catch { name = ''; } }
      text = text.replace(new RegExp(`\\{umbContentName:\\s*${alias}\\s*\\}`, 'g'), name);
    }
    return text.trim() || type.definition.name;
  };

  const collect = block => {
    if (block.editors) for (const [alias, editor] of block.editors) block.values[alias] = editor.getValue();
  };

  const render = () => {
    collectAll();
    for (const b of blocks) b.editors = null;
    list.replaceChildren();
    blocks.forEach((block, index) => {
      const title = h('span', { class: 'block-label' }, '…');
      label(block).then(text => { title.textContent = text; });
      const body = h('div', { class: 'block-body', hidden: !block.open });
      const toggle = () => {
        block.open = !block.open;
        body.hidden = !block.open;
        if (block.open && !block.editors) renderBody(block, body, index);
      };
      if (block.open) renderBody(block, body, index);
      list.append(h('div', { class: 'block', 'data-index': index },
        h('div', { class: 'block-head' },
          h('button', { class: 'block-toggle', 'aria-expanded': String(block.open), onclick: toggle }, title),
          button('Up', () => { if (index > 0) { collectAll(); [blocks[index - 1], blocks[index]] = [blocks[index], blocks[index - 1]]; render(); } }, { compact: true, look: 'outline' }),
          button('Down', () => { if (index < blocks.length - 1) { collectAll(); [blocks[index + 1], blocks[index]] = [blocks[index], blocks[index + 1]]; render(); } }, { compact: true, look: 'outline' }),
          button('Delete', () => { collectAll(); blocks.splice(index, 1); render(); }, { compact: true, look: 'outline', color: 'danger' })),
        body));
    });
    list.append(button('Add block', addBlock, { look: 'placeholder', attrs: { 'data-testid': `add-block-${property.alias}` } }));
  };

  const renderBody = async (block, body, index) => {
    const type = await documentType(block.contentTypeKey);
    block.type = type;
    block.editors = new Map();
    body.replaceChildren(...type.allProperties.map(({ property: p, dataType: d }) => {
      const editor = createEditor(p, d, block.values[p.alias] ?? null, context);
      block.editors.set(p.alias, editor);
      return h('div', { class: 'property block-property', dataset: { alias: `${property.alias}[${index}].${p.alias}` } },
        h('div', { class: 'property-label' }, h('label', {}, p.name, p.mandatory ? h('span', { class: 'mandatory' }, ' *') : null)),
        h('div', { class: 'property-editor' }, editor.element, h('div', { class: 'property-error', role: 'alert' })));
    }));
  };

  const collectAll = () => blocks.forEach(collect);

  async function addBlock() {
    let typeKey = allowed[0]?.key;
    if (allowed.length > 1) {
      const names = await Promise.all(allowed.map(async a => (await documentType(a.key)).definition.name));
      typeKey = await dialog('Add block', close => h('div', { class: 'create-types' }, allowed.map((a, i) =>
        h('button', { class: 'create-type', onclick: () => close(a.key) }, names[i]))));
    }
    if (!typeKey) return;
    collectAll();
    blocks.push({ key: newKey(), contentTypeKey: typeKey, original: null, type: await documentType(typeKey), values: {}, editors: null, open: true });
    render();
  }

  render();
  return {
    element: list,
    /** Opens the blocks that have errors so the messages show at their fields. */
    openBlocks(indexes) {
      for (const i of indexes) if (blocks[i]) blocks[i].open = true;
      render();
    },
    // Blocks never opened keep their stored JSON as it was; opened ones are rebuilt from their editors.
    getValue: () => {
      collectAll();
      if (!blocks.length) return null;
      const contentData = blocks.map(block => (!block.type && block.original ? block.original : {
        contentTypeKey: block.contentTypeKey,
        key: block.key,
        values: (block.type?.allProperties ?? []).filter(({ property: p }) => block.values[p.alias] !== null && block.values[p.alias] !== undefined)
          .map(({ property: p }) => ({ editorAlias: p.editorAlias, culture: null, segment: null, alias: p.alias, value: toStored(p.editorAlias, block.values[p.alias]) })),
      }));
      return JSON.stringify({
        layout: { 'Umbraco.BlockList': blocks.map(b => ({ contentKey: b.key, settingsKey: null })) },
        contentData,
        settingsData: [],
        expose: blocks.map(b => ({ contentKey: b.key, culture: null, segment: null })),
      });
    },
  };
}
