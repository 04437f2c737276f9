// A word-level diff (longest common subsequence) rendered as Umbraco's rollback shows it: removed text struck
// through in red, added text in green.
import { h, plain } from '../dom.js';

// Words with their trailing whitespace, so a changed phrase reads as one removal and one addition.
function words(text) {
  return (text ?? '').match(/\S+\s*|\s+/g) ?? [];
}

/** Renders the change from `before` to `after` (plain texts). */
export function renderDiff(before, after) {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > 400000) {
    return h('span', {}, h('del', {}, before), ' ', h('ins', {}, after));
  }
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const out = h('span', { class: 'diff' });
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.append(h('del', {}, removed));
    if (added) out.append(h('ins', {}, added));
    removed = '';
    added = '';
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { flush(); out.append(a[i]); i++; j++; }
    else if (j < b.length && (i === a.length || table[i][j + 1] >= table[i + 1][j])) { added += b[j]; j++; }
    else { removed += a[i]; i++; }
  }
  flush();
  return out;
}

/** A readable text for a raw stored value (markup stripped, JSON arrays joined). */
export function readable(value) {
  if (value === null || value === undefined) return '';
  try {
    const parsed = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && 'markup' in parsed) return plain(parsed.markup);
    if (Array.isArray(parsed) && parsed.every(v => typeof v !== 'object')) return parsed.join(', ');
  } catch {
    // not JSON: plain text
  }
  return value;
}

/** A table of the properties whose values differ between two value lists ({alias, value}). */
export function renderValuesDiff(beforeName, beforeValues, afterName, afterValues, labels = {}) {
  const before = new Map(beforeValues.map(v => [v.alias, readable(v.value)]));
  const after = new Map(afterValues.map(v => [v.alias, readable(v.value)]));
  const rows = [];
  if ((beforeName ?? '') !== (afterName ?? '')) rows.push(['Name', renderDiff(beforeName, afterName)]);
  for (const alias of new Set([...before.keys(), ...after.keys()])) {
    if ((before.get(alias) ?? '') !== (after.get(alias) ?? '')) rows.push([labels[alias] ?? alias, renderDiff(before.get(alias) ?? '', after.get(alias) ?? '')]);
  }
  if (!rows.length) return h('p', { class: 'diff-none' }, 'No differences.');
  return h('table', { class: 'bo-table diff-table' }, h('tbody', {}, rows.map(([label, diff]) => h('tr', {}, h('th', {}, label), h('td', {}, diff)))));
}
