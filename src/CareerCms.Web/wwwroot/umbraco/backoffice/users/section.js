// The Users section: users (create, edit groups and start node, change password, unlock, disable/enable, delete)
// and user groups (sections, document permissions, start node).
import { get, post, put, del, qs } from '../api.js';
import { h, button, toast, when, confirm } from '../dom.js';
import { session } from '../session.js';
import { pickDocuments } from '../content/picker.js';
import { problemText } from '../content/actions.js';

const SECTIONS = [['Umb.Section.Content', 'Content'], ['Umb.Section.Settings', 'Settings'], ['Umb.Section.Users', 'Users']];
const VERBS = ['Read', 'Create', 'Update', 'Delete', 'Publish', 'Unpublish', 'Rollback', 'Move', 'Duplicate', 'Sort'];

export function createSection(main) {
  const content = h('main', { class: 'bo-main' });
  const nav = h('nav', { class: 'settings-nav' },
    h('ul', {}, h('li', {}, h('a', { href: '#/users' }, 'Users')), h('li', {}, h('a', { href: '#/users/groups' }, 'User groups'))));
  main.replaceChildren(h('aside', { class: 'bo-sidebar' }, nav), content);
  return {
    async route([kind, id]) {
      if (kind === 'user' && id) return renderUser(content, id);
      if (kind === 'groups') return renderGroups(content);
      if (kind === 'group' && id) return renderGroup(content, id);
      return renderUsers(content);
    },
  };
}

async function act(label, operation, after) {
  try {
    await operation();
    toast(label);
    await after?.();
    return true;
  } catch (e) {
    toast(`${label} failed`, problemText(e), 'danger');
    return false;
  }
}

async function renderUsers(host) {
  const [users, groups] = await Promise.all([get('/user'), get('/user-group')]);
  const groupNames = new Map(groups.items.map(g => [g.id, g.name]));
  host.replaceChildren(h('div', { class: 'workspace' },
    h('div', { class: 'workspace-header' }, h('h2', {}, 'Users'), button('Create user', () => { location.hash = '#/users/user/new'; }, { look: 'primary', color: 'positive' })),
    h('div', { class: 'workspace-body' }, h('table', { class: 'bo-table', 'data-testid': 'users' },
      h('thead', {}, h('tr', {}, ['Name', 'E-mail', 'Groups', 'Status', 'Last login'].map(c => h('th', {}, c)))),
      h('tbody', {}, users.items.map(u => h('tr', {},
        h('td', {}, h('a', { href: `#/users/user/${u.id}` }, u.name)), h('td', {}, u.email),
        h('td', {}, u.userGroupIds.map(g => groupNames.get(g.id)).join(', ')),
        h('td', {}, h('uui-tag', { color: u.state === 'Active' ? 'positive' : 'danger' }, u.state)),
        h('td', {}, when(u.lastLoginDate)))))))));
}

async function startNodeField(initial) {
  let chosen = initial ? (await get(`/item/document${qs({ id: initial })}`))[0] ?? null : null;
  const label = h('span', {});
  const render = () => { label.textContent = chosen ? chosen.variants[0].name : 'Whole tree'; };
  render();
  return {
    element: h('div', { class: 'start-node' }, label, ' ',
      button('Choose', async () => { const [item] = await pickDocuments({ headline: 'Start node' }); if (item) { chosen = item; render(); } }, { compact: true, look: 'outline' }),
      button('Whole tree', () => { chosen = null; render(); }, { compact: true, look: 'outline' })),
    value: () => chosen?.id ?? null,
  };
}

async function renderUser(host, id) {
  const isNew = id === 'new';
  const groups = (await get('/user-group')).items;
  const user = isNew ? { name: '', email: '', userGroupIds: [], documentStartNodeIds: [], state: 'Active' } : await get(`/user/${id}`);
  const name = h('uui-input', { label: 'Name', value: user.name, name: 'name' });
  const email = h('uui-input', { label: 'E-mail', type: 'email', value: user.email, name: 'email' });
  const password = h('uui-input', { label: 'Password', type: 'password', name: 'password' });
  const boxes = groups.map(g => h('uui-checkbox', { label: g.name, value: g.id, 'data-alias': g.alias, checked: user.userGroupIds.some(r => r.id === g.id) }, g.name));
  const start = await startNodeField(user.documentStartNodeIds[0]?.id);
  const body = () => ({
    name: name.value, email: email.value, userGroupIds: boxes.filter(b => b.checked).map(b => ({ id: b.value })),
    documentStartNodeIds: start.value() ? [{ id: start.value() }] : [],
  });
  const save = async () => {
    if (isNew) {
      await act('User created', async () => { const created = await post('/user', { ...body(), password: password.value }); location.hash = `#/users/user/${created.id}`; });
    } else {
      await act('User saved', () => put(`/user/${id}`, body()), () => renderUser(host, id));
    }
  };
  const self = !isNew && user.id === session.user.id;
  const tools = isNew ? null : h('uui-box', { headline: 'Account' },
    h('p', {}, `Status: ${user.state}. Failed logins: ${user.failedLoginAttempts}. Last login: ${when(user.lastLoginDate) || 'never'}. Last lockout: ${when(user.lastLockoutDate) || 'never'}.`),
    h('div', { class: 'form-row' }, password, button('Change password', () => act('Password changed', () => post(`/user/${id}/change-password`, { newPassword: password.value })), { look: 'outline' })),
    h('div', { class: 'button-row' },
      user.state === 'LockedOut' ? button('Unlock', () => act('User unlocked', () => post('/user/unlock', { userIds: [{ id }] }), () => renderUser(host, id)), { look: 'outline' }) : null,
      !self && user.state !== 'Disabled' ? button('Disable', () => act('User disabled', () => post('/user/disable', { userIds: [{ id }] }), () => renderUser(host, id)), { look: 'outline', color: 'warning' }) : null,
      user.state === 'Disabled' ? button('Enable', () => act('User enabled', () => post('/user/enable', { userIds: [{ id }] }), () => renderUser(host, id)), { look: 'outline' }) : null,
      !self ? button('Delete', async () => {
        if (await confirm('Delete user', `Delete ${user.name}?`, 'Delete', 'danger')) await act('User deleted', () => del(`/user/${id}`), () => { location.hash = '#/users'; });
      }, { look: 'outline', color: 'danger' }) : null));
  host.replaceChildren(h('div', { class: 'workspace', 'data-testid': 'user' },
    h('div', { class: 'workspace-header' }, h('h2', {}, isNew ? 'Create user' : user.name)),
    h('div', { class: 'workspace-body' },
      h('uui-box', { headline: 'Profile' },
        h('label', { class: 'form-row' }, h('span', {}, 'Name'), name),
        h('label', { class: 'form-row' }, h('span', {}, 'E-mail'), email),
        isNew ? h('label', { class: 'form-row' }, h('span', {}, 'Password'), password) : null),
      h('uui-box', { headline: 'Groups' }, h('div', { class: 'checkbox-list' }, boxes)),
      h('uui-box', { headline: 'Content start node' }, start.element),
      tools),
    h('div', { class: 'workspace-footer' }, h('a', { href: '#/users' }, 'Users'), button(isNew ? 'Create' : 'Save', save, { look: 'primary', color: 'positive', attrs: { 'data-testid': 'save-user' } }))));
}

async function renderGroups(host) {
  const groups = (await get('/user-group')).items;
  host.replaceChildren(h('div', { class: 'workspace' },
    h('div', { class: 'workspace-header' }, h('h2', {}, 'User groups'), button('Create group', () => { location.hash = '#/users/group/new'; }, { look: 'primary', color: 'positive' })),
    h('div', { class: 'workspace-body' }, h('table', { class: 'bo-table' },
      h('thead', {}, h('tr', {}, ['Name', 'Sections', 'Permissions', 'Start node'].map(c => h('th', {}, c)))),
      h('tbody', {}, groups.map(g => h('tr', {},
        h('td', {}, h('a', { href: `#/users/group/${g.id}` }, g.name)),
        h('td', {}, g.sections.map(s => s.replace('Umb.Section.', '')).join(', ')),
        h('td', {}, g.fallbackPermissions.map(p => p.replace('Umb.Document.', '')).join(', ')),
        h('td', {}, g.documentRootAccess ? 'Whole tree' : 'Limited'))))))));
}

async function renderGroup(host, id) {
  const isNew = id === 'new';
  const group = isNew ? { name: '', alias: '', sections: ['Umb.Section.Content'], fallbackPermissions: ['Umb.Document.Read'], documentRootAccess: true, documentStartNode: null } : await get(`/user-group/${id}`);
  const name = h('uui-input', { label: 'Name', value: group.name });
  const alias = h('uui-input', { label: 'Alias', value: group.alias, disabled: group.isSystem });
  const sections = SECTIONS.map(([key, label]) => h('uui-checkbox', { label, value: key, checked: group.sections.includes(key) }, label));
  const verbs = VERBS.map(v => h('uui-checkbox', { label: v, value: `Umb.Document.${v}`, checked: group.fallbackPermissions.includes(`Umb.Document.${v}`) }, v === 'Read' ? 'Browse' : v === 'Duplicate' ? 'Copy' : v));
  const start = await startNodeField(group.documentStartNode?.id);
  const save = async () => {
    const body = {
      name: name.value, alias: alias.value || name.value.toLowerCase().replace(/[^a-z0-9]+/g, ''), icon: group.icon ?? 'icon-users', description: group.description ?? '',
      sections: sections.filter(s => s.checked).map(s => s.value), fallbackPermissions: verbs.filter(v => v.checked).map(v => v.value),
      documentStartNode: start.value() ? { id: start.value() } : null, documentRootAccess: !start.value(),
    };
    await act('Group saved', async () => {
      const saved = isNew ? await post('/user-group', body) : await put(`/user-group/${id}`, body);
      location.hash = `#/users/group/${saved.id}`;
    });
  };
  host.replaceChildren(h('div', { class: 'workspace', 'data-testid': 'user-group' },
    h('div', { class: 'workspace-header' }, h('h2', {}, isNew ? 'Create user group' : group.name)),
    h('div', { class: 'workspace-body' },
      h('uui-box', { headline: 'Group' }, h('label', { class: 'form-row' }, h('span', {}, 'Name'), name), h('label', { class: 'form-row' }, h('span', {}, 'Alias'), alias)),
      h('uui-box', { headline: 'Sections' }, h('div', { class: 'checkbox-list' }, sections)),
      h('uui-box', { headline: 'Document permissions' }, h('div', { class: 'checkbox-list' }, verbs)),
      h('uui-box', { headline: 'Content start node' }, start.element),
      !isNew && !group.isSystem ? button('Delete group', async () => {
        if (await confirm('Delete group', `Delete ${group.name}?`, 'Delete', 'danger')) await act('Group deleted', () => del(`/user-group/${id}`), () => { location.hash = '#/users/groups'; });
      }, { look: 'outline', color: 'danger' }) : null),
    h('div', { class: 'workspace-footer' }, h('a', { href: '#/users/groups' }, 'User groups'), button('Save', save, { look: 'primary', color: 'positive' }))));
}
