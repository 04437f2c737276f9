// Extension points: package manifests (Umbraco 14+ format) from manifest/manifest: the host's built-in packages
// (dashboards/*/umbraco-package.json: Examine Management, uSync), then App_Plugins/*/umbraco-package.json. Supported types:
//  - "dashboard": shown in a section (condition Umb.Condition.SectionAlias), meta.label / meta.pathname (a tab at
//    #/<section>/dashboard/<pathname>, see dashboards/section-dashboards.js);
//  - "workspaceView": a tab on the document workspace (conditions Umb.Condition.WorkspaceAlias = Umb.Workspace.Document
//    and optionally Umb.Condition.WorkspaceContentTypeAlias with match or oneOf), meta.label / meta.pathname.
// "element" (or "js") is an ES module URL; its default export (or export named "element") is a custom element
// class, defined as "elementName" (or a generated tag). The element receives these properties:
//   manifest, api (the Management API client: get/post/put/del), and for workspace views documentId and document.
import * as api from './api.js';
import { h } from './dom.js';

let extensions = [];

export async function loadExtensions() {
  try {
    const manifests = await api.get('/manifest/manifest');
    extensions = manifests.flatMap(m => (m.extensions ?? []).map(e => ({ ...e, package: m.name })));
  } catch {
    extensions = [];
  }
}

function conditions(extension) {
  return extension.conditions ?? [];
}

function matchesSection(extension, sectionAlias) {
  const section = conditions(extension).filter(c => c.alias === 'Umb.Condition.SectionAlias');
  return section.length === 0 || section.some(c => c.match === sectionAlias || c.oneOf?.includes(sectionAlias));
}

function matchesContentType(extension, contentTypeAlias) {
  const workspace = conditions(extension).filter(c => c.alias === 'Umb.Condition.WorkspaceAlias');
  if (workspace.length && !workspace.some(c => c.match === 'Umb.Workspace.Document' || c.oneOf?.includes('Umb.Workspace.Document'))) return false;
  const types = conditions(extension).filter(c => c.alias === 'Umb.Condition.WorkspaceContentTypeAlias');
  return types.length === 0 || types.some(c => c.match === contentTypeAlias || c.oneOf?.includes(contentTypeAlias));
}

const byWeight = (a, b) => (b.weight ?? 0) - (a.weight ?? 0);

/** Dashboards of a section, heaviest first. */
export function dashboards(sectionAlias) {
  return extensions.filter(e => e.type === 'dashboard' && matchesSection(e, sectionAlias)).sort(byWeight);
}

/** Workspace views for a document type alias. */
export function workspaceViews(contentTypeAlias) {
  return extensions.filter(e => e.type === 'workspaceView' && matchesContentType(e, contentTypeAlias)).sort(byWeight);
}

/** Creates an extension's element (loading its module); a failure renders as a message, never breaks the page. */
export async function createElement(extension, properties = {}) {
  try {
    const url = extension.element ?? extension.js;
    const module = await import(url);
    const ctor = module.element ?? module.default;
    let tag = extension.elementName;
    if (typeof ctor === 'function') {
      tag ??= customElements.getName?.(ctor) ?? `ext-${extension.alias.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      if (!customElements.get(tag)) customElements.define(tag, ctor);
    }
    const element = document.createElement(tag);
    Object.assign(element, { manifest: extension, api, ...properties });
    return element;
  } catch (error) {
    return h('uui-box', { headline: extension.meta?.label ?? extension.alias },
      h('p', { class: 'bo-error' }, `This extension could not be loaded: ${error.message}`));
  }
}
