import { get, post, onSessionExpired, ApiError } from './api.js';
import { h, mount, button, dialog, toast } from './dom.js';
import { session, hasSection } from './session.js';
import { loadExtensions } from './extensions.js';
import { allowNavigation } from './navigation.js';

const SECTIONS = [
  { alias: 'Umb.Section.Content', path: 'content', label: 'Content', load: () => import('./content/section.js') },
  { alias: 'Umb.Section.Settings', path: 'settings', label: 'Settings', load: () => import('./settings/section.js') },
  { alias: 'Umb.Section.Users', path: 'users', label: 'Users', load: () => import('./users/section.js') },
];

const app = document.getElementById('app');

async function boot() {
  session.configuration = await get('/security/configuration');
  const status = await get('/server/status');
  if (status.serverStatus === 'Install') {
    renderInstall();
    return;
  }

  try {
    session.user = await get('/user/current');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      renderLogin();
      return;
    }
    throw error;
  }

  await startShell();
}

async function startShell() {
  onSessionExpired(reloginInPlace);
  await loadExtensions();
  window.addEventListener('hashchange', route);
  await route();
}

function authLayout(headline, form) {
  return h('div', { class: 'auth' },
    h('div', { class: 'auth-box' },
      h('div', { class: 'auth-logo' }, 'CareerCms'),
      h('h1', {}, headline),
      form));
}

function field(label, input, hint) {
  return h('label', { class: 'auth-field' }, h('span', {}, label), input, hint ? h('small', {}, hint) : null);
}

function renderLogin(message) {
  const email = h('uui-input', { type: 'email', name: 'username', label: 'E-mail', autocomplete: 'username', required: true });
  const password = h('uui-input', { type: 'password', name: 'password', label: 'Password', autocomplete: 'current-password', required: true });
  const error = h('div', { class: 'auth-error', role: 'alert' }, message ?? '');
  const submit = async event => {
    event?.preventDefault();
    error.textContent = '';
    try {
      await get('/security/configuration'); // a fresh antiforgery token for this anonymous request
      session.user = await post('/security/back-office/login', { username: email.value, password: password.value });
      await startShell();
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.problem.detail ?? e.message : String(e);
    }
  };
  const form = h('form', { class: 'auth-form', onsubmit: e => e.preventDefault() },
    field('E-mail', email), field('Password', password), error,
    h('uui-button', { look: 'primary', color: 'positive', label: 'Login', onclick: submit }, 'Login'));
  form.addEventListener('keydown', e => { if (e.key === 'Enter') submit(e); });
  mount(app, authLayout('Welcome back', form));
}

function renderInstall() {
  const min = session.configuration?.passwordConfiguration?.minimumPasswordLength ?? 10;
  const name = h('uui-input', { name: 'name', label: 'Name', required: true });
  const email = h('uui-input', { type: 'email', name: 'email', label: 'E-mail', autocomplete: 'username', required: true });
  const password = h('uui-input', { type: 'password', name: 'password', label: 'Password', autocomplete: 'new-password', required: true });
  const error = h('div', { class: 'auth-error', role: 'alert' });
  const submit = async event => {
    event?.preventDefault();
    error.textContent = '';
    try {
      session.user = await post('/install/setup', { user: { name: name.value, email: email.value, password: password.value } });
      await startShell();
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.problem.detail ?? e.message : String(e);
    }
  };
  const form = h('form', { class: 'auth-form', onsubmit: e => e.preventDefault() },
    h('p', {}, 'Create the first administrator of this site.'),
    field('Name', name), field('E-mail', email), field('Password', password, `At least ${min} characters.`), error,
    h('uui-button', { look: 'primary', color: 'positive', label: 'Install', onclick: submit }, 'Install'));
  form.addEventListener('keydown', e => { if (e.key === 'Enter') submit(e); });
  mount(app, authLayout('Install CareerCms', form));
}

// A timed-out session: sign in again in a dialog; the page (and its unsaved edits) stays as it was.
let relogin = null;
function reloginInPlace() {
  relogin ??= new Promise(resolve => {
    const email = h('uui-input', { type: 'email', label: 'E-mail', value: session.user?.email ?? '' });
    const password = h('uui-input', { type: 'password', label: 'Password' });
    const error = h('div', { class: 'auth-error', role: 'alert' });
    dialog('Your session has timed out', () => h('div', { class: 'auth-form' },
      h('p', {}, 'Sign in again to continue; your unsaved changes are kept.'), field('E-mail', email), field('Password', password), error), [{
      label: 'Login',
      action: async () => {
        try {
          await get('/security/configuration');
          session.user = await post('/security/back-office/login', { username: email.value, password: password.value });
          return true;
        } catch (e) {
          error.textContent = e.message;
          return false;
        }
      },
    }], { testid: 'relogin-dialog' }).then(ok => { relogin = null; if (ok) resolve(); else location.reload(); });
  });
  return relogin;
}

async function logout() {
  await post('/security/back-office/logout');
  session.user = null;
  location.hash = '';
  location.reload();
}

async function changeOwnPassword() {
  const current = h('uui-input', { type: 'password', label: 'Current password', name: 'oldPassword', autocomplete: 'current-password' });
  const input = h('uui-input', { type: 'password', label: 'New password', name: 'newPassword', autocomplete: 'new-password' });
  const error = h('div', { class: 'auth-error', role: 'alert' });
  const min = session.configuration?.passwordConfiguration?.minimumPasswordLength ?? 10;
  await dialog('Change your password', () => h('div', { class: 'auth-form' },
    field('Current password', current), field('New password', input, `At least ${min} characters.`), error), [{
    label: 'Change password',
    action: async () => {
      error.textContent = '';
      try {
        await post('/user/current/change-password', { oldPassword: current.value, newPassword: input.value });
        toast('Password changed');
        return true;
      } catch (e) {
        error.textContent = e instanceof ApiError ? Object.values(e.errors).flat().join(' ') || e.message : String(e);
        return false;
      }
    },
  }], { testid: 'change-password-dialog' });
}

function header(active) {
  const visible = SECTIONS.filter(s => hasSection(s.alias));
  return h('header', { class: 'bo-header' },
    h('a', { class: 'bo-brand', href: '#/content' }, 'CareerCms'),
    h('nav', { class: 'bo-sections' }, visible.map(s =>
      h('a', { href: `#/${s.path}`, class: s.path === active ? 'active' : '', 'data-section': s.path }, s.label))),
    h('div', { class: 'bo-user' },
      h('span', { class: 'bo-user-name' }, session.user?.name ?? ''),
      button('Change password', changeOwnPassword, { look: 'outline', compact: true }),
      button('Log out', logout, { look: 'outline', compact: true })));
}

let mountedSection = null;

async function route() {
  if (!(await allowNavigation())) return;
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const visible = SECTIONS.filter(s => hasSection(s.alias));
  const section = visible.find(s => s.path === parts[0]) ?? visible[0];
  if (!section) {
    mount(app, header(''), h('main', { class: 'bo-main' }, h('p', {}, 'Your account has no sections.')));
    return;
  }

  if (!parts.length || parts[0] !== section.path) {
    location.replace(`#/${section.path}`);
    return;
  }

  const module = await section.load();
  if (mountedSection?.path !== section.path) {
    const main = h('div', { class: 'bo-section', 'data-section': section.path });
    mount(app, header(section.path), main);
    mountedSection = { path: section.path, main, instance: module.createSection(main) };
  } else {
    for (const link of app.querySelectorAll('.bo-sections a')) link.classList.toggle('active', link.dataset.section === section.path);
  }

  await mountedSection.instance.route(parts.slice(1));
}

boot().catch(error => {
  mount(app, h('div', { class: 'auth' }, h('div', { class: 'auth-box' }, h('h1', {}, 'The backoffice could not start'), h('pre', {}, String(error?.stack ?? error)))));
});
