// The "Skill gap" view of a transition path: readiness from the background career to the target, the skills that
// transfer, the gaps to close, and the editor's difficulty, duration, salary change and roadmap beside the
// computed suggestions (a "differs" tag shows where content has drifted from the data).
import { getJson, h, render, table } from './careercms-api.js';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export class CareerCmsSkillGapWorkspaceView extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    this.refresh();
  }

  /** The document's key: given by the backoffice (documentId), else read from the workspace route. */
  get pathId() {
    return this.documentId ?? this.document?.id ?? window.location.pathname.match(GUID)?.[0] ?? null;
  }

  refresh() {
    return render(this.shadowRoot, () => this.#load(), view => this.#draw(view));
  }

  async #load() {
    if (!this.pathId) throw new Error('Save the transition path first.');
    try {
      return await getJson(this, `/career-cms/transition-paths/${this.pathId}/skill-gap`);
    } catch (error) {
      if (error.status === 404) return { missing: error.problem?.detail ?? 'Publish the path to see its skill-gap analysis.' };
      throw error;
    }
  }

  #draw(view) {
    if (view.missing) return h('uui-box', { headline: 'Skill gap' }, h('p', { class: 'muted' }, view.missing));
    return [
      h('uui-box', { headline: `${view.fromCareer.name} → ${view.targetCareer.name}` },
        h('div', { class: 'figures' },
          figure('Readiness', `${view.readiness}%`),
          figure('Learning hours', view.effort.hours),
          figure('Months (at the configured weekly hours)', `${view.effort.minMonths}–${view.effort.maxMonths}`),
          figure('Skills that transfer', view.transferableSkills.length),
          figure('Gaps', view.gaps.length))),
      h('uui-box', { headline: 'Your values and the suggestions' },
        table(['', 'Editor', 'Suggested', ''], [
          compare('Difficulty', view.difficulty, v => v),
          compare('Duration (months)', view.durationMonths, range),
          compare('Salary change (%)', view.salaryChangePercent, signedRange),
        ])),
      h('uui-box', { headline: 'Gaps, largest first' },
        view.gaps.length === 0
          ? h('p', { class: 'muted' }, 'The background covers every required skill.')
          : table(['Skill', 'Importance', 'Level now', 'Level needed', 'Hours'],
            view.gaps.map(g => [g.name, g.importance, g.currentLevel, g.requiredLevel, g.hours]))),
      h('uui-box', { headline: 'Skills that transfer' },
        view.transferableSkills.length === 0
          ? h('p', { class: 'muted' }, 'None of the required skills transfer.')
          : h('div', { class: 'figures' }, view.transferableSkills.map(s => h('uui-tag', { look: 'secondary' }, s.name)))),
      h('uui-box', { headline: 'Roadmap' },
        view.roadmap.cycles.length > 0
          ? h('p', { class: 'error' }, `Prerequisite cycle: ${view.roadmap.cycles.map(c => c.join(' → ')).join('; ')}`)
          : null,
        table(['Phase', 'Editor', 'Suggested'], phases(view.roadmap.editor, view.roadmap.suggested))),
    ];
  }
}

function figure(label, value) {
  return h('div', { class: 'figure' }, h('strong', {}, String(value)), h('span', { class: 'muted' }, label));
}

function compare(label, pair, format) {
  const tag = pair.differs ? h('uui-tag', { color: 'warning', look: 'primary' }, 'differs') : '';
  return [label, pair.editor == null ? '–' : format(pair.editor), pair.suggested == null ? '–' : format(pair.suggested), tag];
}

function range(r) {
  return r.min === r.max ? `${r.min}` : `${r.min ?? '?'}–${r.max ?? '?'}`;
}

function signedRange(r) {
  const sign = v => (v > 0 ? `+${v}` : `${v}`);
  return r.min === r.max ? sign(r.min) : `${sign(r.min)} to ${sign(r.max)}`;
}

function phases(editor, suggested) {
  const rows = [];
  for (let i = 0; i < Math.max(editor.length, suggested.length); i++) {
    rows.push([String(i + 1), phase(editor[i]), phase(suggested[i])]);
  }
  return rows;
}

function phase(p) {
  if (!p) return '–';
  return `${p.title}${p.months == null ? '' : ` (${p.months} mo)`}${p.skills.length ? `: ${p.skills.join(', ')}` : ''}`;
}

if (!customElements.get('careercms-skill-gap-workspace-view')) customElements.define('careercms-skill-gap-workspace-view', CareerCmsSkillGapWorkspaceView);

export default CareerCmsSkillGapWorkspaceView;
