// The "Schedule…" dialog: publish at / unpublish at as Umbraco 17 does it (PUT document/{id}/publish with
// publishSchedules). Editors type local time; the dialog shows the UTC time the server stores and runs it at.
// Server validation (past dates, unpublish before publish) comes back as field errors under the inputs.
import { get, put, ApiError } from '../api.js';
import { h, dialog, toast } from '../dom.js';
import { problemText } from './actions.js';

const pad = n => String(n).padStart(2, '0');

/** A UTC ISO date as the value of a datetime-local input (local time, minutes). */
export function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant, or null when empty. */
export function fromLocalInput(value) {
  return value ? new Date(value).toISOString() : null;
}

/** "2031-03-01 09:00 UTC" for a datetime-local value. */
function utcText(value) {
  if (!value) return '';
  const d = new Date(value);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

function dateField(label, field, iso) {
  const input = h('uui-input', { type: 'datetime-local', label, value: toLocalInput(iso), 'data-testid': `schedule-${field}` });
  const utc = h('small', { class: 'hint', 'data-testid': `schedule-${field}-utc` }, utcText(input.value));
  const error = h('div', { class: 'property-error', role: 'alert', 'data-field': field });
  input.addEventListener('input', () => { utc.textContent = utcText(input.value); error.textContent = ''; });
  input.addEventListener('change', () => { utc.textContent = utcText(input.value); });
  return { input, error, element: h('label', { class: 'form-row' }, h('span', {}, label), h('div', {}, input, utc, error)) };
}

/** Opens the schedule dialog of a document; resolves true when the schedule was changed. */
export async function schedule(item) {
  const doc = await get(`/document/${item.id}`);
  const variant = doc.variants[0];
  const publish = dateField('Publish at', 'publishTime', variant.scheduledPublishDate);
  const unpublish = dateField('Unpublish at', 'unpublishTime', variant.scheduledUnpublishDate);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const general = h('div', { class: 'property-error', role: 'alert' });
  const send = async publishSchedules => {
    publish.error.textContent = '';
    unpublish.error.textContent = '';
    general.textContent = '';
    try {
      await put(`/document/${item.id}/publish`, { publishSchedules });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && Object.keys(error.errors).length) {
        publish.error.textContent = (error.errors.publishTime ?? []).join(' ');
        unpublish.error.textContent = (error.errors.unpublishTime ?? []).join(' ');
      } else {
        general.textContent = problemText(error);
      }
      return false;
    }
  };
  const hasSchedule = Boolean(variant.scheduledPublishDate || variant.scheduledUnpublishDate);
  const actions = [];
  if (hasSchedule) actions.push({ label: 'Clear schedule', color: 'warning', action: async () => ((await send([])) ? 'cleared' : false) });
  actions.push({
    label: 'Schedule',
    color: 'positive',
    action: async () => ((await send([{ culture: null, schedule: { publishTime: fromLocalInput(publish.input.value), unpublishTime: fromLocalInput(unpublish.input.value) } }])) ? 'scheduled' : false),
  });
  const result = await dialog(`Schedule ${variant.name}`, () => h('div', { class: 'schedule-form' },
    h('p', {}, `Times are in your time zone (${zone}); the server runs them at the UTC time shown. Leave a date empty to not schedule it.`),
    publish.element, unpublish.element, general), actions, { testid: 'schedule-dialog' });
  if (result === 'scheduled') toast('Scheduled', `${variant.name} has a new schedule.`);
  if (result === 'cleared') toast('Schedule cleared', `${variant.name} is no longer scheduled.`);
  return Boolean(result);
}
