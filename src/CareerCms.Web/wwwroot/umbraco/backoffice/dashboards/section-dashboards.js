// A section's dashboards as Umbraco shows them: every "dashboard" extension whose Umb.Condition.SectionAlias matches,
// heaviest first, one tab each, routable at #/<section>/dashboard/<meta.pathname>; the first one opens by default.
import { h } from '../dom.js';
import { dashboards, createElement } from '../extensions.js';

const renders = new WeakMap();

/** The path segment of a dashboard (meta.pathname, else its alias). */
export function dashboardPathname(extension) {
  return extension.meta?.pathname ?? extension.alias;
}

/**
 * Shows the dashboards of sectionAlias in host, the one at pathname (or the first) open. fallback() gives the
 * content when the section has no dashboard.
 */
export async function renderDashboards(host, { sectionAlias, sectionPath, pathname, fallback }) {
  const render = {};
  renders.set(host, render);
  const list = dashboards(sectionAlias);
  if (!list.length) {
    host.replaceChildren(h('div', { class: 'dashboards' }, h('div', { class: 'dashboard-welcome' }, fallback?.())));
    return;
  }

  const current = list.find(d => dashboardPathname(d) === pathname) ?? list[0];
  const tabs = h('uui-tab-group', { class: 'dashboard-tabs', 'data-testid': 'dashboard-tabs' },
    list.map(d => {
      const label = d.meta?.label ?? d.name ?? d.alias;
      const path = dashboardPathname(d);
      return h('uui-tab', {
        label, active: d === current, 'data-dashboard': path,
        onclick: () => { location.hash = `#/${sectionPath}/dashboard/${encodeURIComponent(path)}`; },
      }, label);
    }));
  const panel = h('div', { class: 'dashboard-panel', 'data-dashboard': dashboardPathname(current) }, h('uui-loader-bar', {}));
  host.replaceChildren(h('div', { class: 'dashboards' }, tabs, panel));
  const element = await createElement(current);
  if (renders.get(host) === render) panel.replaceChildren(element);
}
