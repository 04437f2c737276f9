// Tiny DOM helpers: h() builds elements, dialogs are native <dialog>s styled like Umbraco's, toasts use UUI.

const template = document.createElement('template');

// UUI elements set attributes in their constructors, which document.createElement forbids for custom elements;
// importNode upgrades them instead (as Lit templates do), where that is allowed.
function create(tag) {
  if (!tag.includes('-')) return document.createElement(tag);
  template.innerHTML = `<${tag}></${tag}>`;
  return document.importNode(template.content.firstElementChild, true);
}

/** Creates an element: h('uui-button', { label: 'Save', look: 'primary', onclick }, children...). */
export function h(tag, props = {}, ...children) {
  const el = create(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key.startsWith('.')) el[key.slice(1)] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A UUI button. */
export function button(label, onclick, props = {}) {
  return h('uui-button', { label, look: props.look ?? 'secondary', color: props.color, compact: props.compact, disabled: props.disabled, onclick, ...props.attrs }, label);
}

/** Shows a toast: color positive | danger | warning | default. */
export function toast(headline, message = '', color = 'positive') {
  const container = document.getElementById('toasts');
  const layout = h('uui-toast-notification-layout', { headline }, message);
  container?.append(h('uui-toast-notification', { color, 'data-testid': 'toast' }, layout));
}

/**
 * Opens a modal dialog; content(close) returns the body; actions are [{ label, look, color, action }] where action
 * returns false to keep the dialog open. Resolves with the clicked action's result (or undefined when dismissed).
 */
export function dialog(headline, content, actions = [], options = {}) {
  return new Promise(resolve => {
    const dlg = h('dialog', { class: `bo-dialog ${options.wide ? 'wide' : ''}`, 'data-testid': options.testid ?? 'dialog' });
    const close = value => { dlg.close(); dlg.remove(); resolve(value); };
    const body = h('div', { class: 'bo-dialog-body' });
    const footer = h('div', { class: 'bo-dialog-actions' });
    mount(body, content(close));
    for (const a of [{ label: options.cancelLabel ?? 'Close', action: () => undefined }, ...actions]) {
      footer.append(button(a.label, async () => {
        const result = await a.action();
        if (result !== false) close(result);
      }, { look: a.look ?? (a === actions[actions.length - 1] ? 'primary' : 'secondary'), color: a.color, attrs: { 'data-action': a.label } }));
    }
    dlg.append(h('h3', { class: 'bo-dialog-headline' }, headline), body, footer);
    dlg.addEventListener('cancel', () => close(undefined));
    document.body.append(dlg);
    dlg.showModal();
  });
}

/** Asks a yes/no question. */
export async function confirm(headline, message, confirmLabel = 'Confirm', color = 'positive') {
  return (await dialog(headline, () => h('p', {}, message), [{ label: confirmLabel, color, action: () => true }])) === true;
}

/** Formats a UTC date for people. */
export function when(value) {
  return value ? new Date(value).toLocaleString() : '';
}

/** The text of an HTML fragment, parsed in an inert document (no script runs, no image loads). */
export function plain(html) {
  return new DOMParser().parseFromString(html ?? '', 'text/html').body.textContent ?? '';
}
