// The Settings section: document types (name, description, structure, properties with their validation) and data
// types (name and editor configuration), plus the Settings dashboards from package manifests (#/settings/dashboard/<pathname>).
import { get, put, clearTypeCache } from '../api.js';
import { h, button, toast } from '../dom.js';
import { renderDashboards } from '../dashboards/section-dashboards.js';
import { problemText } from '../content/actions.js';
import { renderDocumentType } from './document-type.js';
import { renderDataType } from './data-type.js';

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
