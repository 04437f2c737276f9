// The "Skill gap" view of a transition path: readiness from the background career to the target; every required
// skill as two bars, the background's level against the level required; the skills that transfer; the learning
// effort; the editor's difficulty, duration and salary change beside the computed suggestions (a "differs" tag shows
// where content has drifted from the data); and the roadmap phases, the editor's beside the suggested ones.
import { getJson, h, render, table } from './careercms-api.js';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The top of the skill level scale (levels run 0-7). */
const MAX_LEVEL = 7;

const viewStyles = `
  .readiness { display: flex; align-items: center; gap: var(--uui-size-space-5, 18px); margin-bottom: var(--uui-size-space-5, 18px); }
  .readiness strong { font-size: 2.4rem; font-variant-numeric: tabular-nums; }
  .readiness uui-progress-bar { flex: 1; height: 14px; }
  .legend { display: flex; gap: var(--uui-size-space-5, 18px); margin-bottom: var(--uui-size-space-4, 12px); }
  .legend span::before { content: ''; display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; background: var(--swatch); }
  .skills { display: flex; flex-direction: column; }
  .skill-row { display: grid; grid-template-columns: minmax(180px, 260px) 1fr minmax(130px, auto); gap: var(--uui-size-space-5, 18px); align-items: center;
    padding: var(--uui-size-space-3, 9px) 0; border-bottom: 1px solid var(--uui-color-divider, #e9e9eb); }
  .skill-row:last-child { border-bottom: 0; }
  .skill-name small { display: block; color: var(--uui-color-text-alt, #68676b); }
  .bars { display: grid; grid-template-columns: 100px 1fr 24px; gap: 4px 10px; align-items: center; font-size: .85rem; }
  .bars uui-progress-bar { height: 10px; }
  .bars .level { text-align: right; font-variant-numeric: tabular-nums; }
  uui-progress-bar.current { --uui-color-positive: var(--uui-color-positive, #0b8152); }
  .gap uui-progress-bar.current { --uui-color-positive: var(--uui-color-warning-standalone, #f0ac00); }
  uui-progress-bar.required { --uui-color-positive: var(--uui-color-interactive, #1b264f); }
  .roadmaps { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: var(--uui-size-space-6, 24px); }
  .roadmaps h4 { margin: 0 0 var(--uui-size-space-3, 9px); }
  ol.phases { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--uui-size-space-3, 9px); counter-reset: phase; }
  ol.phases li { counter-increment: phase; border: 1px solid var(--uui-color-border, #d8d7d9); border-left: 4px solid var(--uui-color-interactive, #1b264f);
    border-radius: 3px; padding: var(--uui-size-space-3, 9px) var(--uui-size-space-4, 12px); background: var(--uui-color-surface, #fff); }
  ol.phases li::before { content: 'Phase ' counter(phase); display: block; font-size: .75rem; text-transform: uppercase; color: var(--uui-color-text-alt, #68676b); }
  ol.phases .tags { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
`;

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
    return this.documentId ?? this.document?.id ?? window.location.pathname.match(GUID)?.[0] ?? window.location.hash.match(GUID)?.[0] ?? null;
  }

  refresh() {
    return render(this.shadowRoot, () => this.#load(), view => [h('style', {}, viewStyles), ...[this.#draw(view)].flat()]);
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
    const skills = [...view.gaps.map(g => ({ ...g, gap: true })), ...view.transferableSkills.map(s => ({ ...s, gap: false }))];
    return [
      h('uui-box', { headline: `${view.fromCareer.name} → ${view.targetCareer.name}`, 'data-testid': 'skill-gap-summary' },
        h('div', { class: 'readiness' },
          h('strong', { 'data-testid': 'readiness', 'data-value': view.readiness }, `${view.readiness}%`),
          h('uui-progress-bar', { progress: view.readiness, role: 'meter', 'aria-label': 'Readiness', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': view.readiness })),
        h('p', { class: 'muted' }, `How much of the ${view.targetCareer.name} role's required skills the ${view.fromCareer.name} background already covers, weighted by importance.`),
        h('div', { class: 'figures' },
          figure('Skills that transfer', view.transferableSkills.length, 'transferable-count'),
          figure('Gaps to close', view.gaps.length, 'gap-count'),
          figure('Learning hours', view.effort.hours, 'effort-hours'),
          figure('Months of learning', view.effort.minMonths === view.effort.maxMonths ? view.effort.minMonths : `${view.effort.minMonths}–${view.effort.maxMonths}`, 'effort-months'))),
      h('uui-box', { headline: 'Your level vs required', 'data-testid': 'skill-levels' },
        h('div', { class: 'legend muted' },
          h('span', { style: '--swatch: var(--uui-color-positive, #0b8152)' }, 'Your level (transfers)'),
          h('span', { style: '--swatch: var(--uui-color-warning-standalone, #f0ac00)' }, 'Your level (gap)'),
          h('span', { style: '--swatch: var(--uui-color-interactive, #1b264f)' }, 'Required')),
        skills.length === 0
          ? h('p', { class: 'muted' }, 'The target career lists no required skills.')
          : h('div', { class: 'skills' }, skills.map(skillRow))),
      h('uui-box', { headline: 'Skills that transfer', 'data-testid': 'transferable-skills' },
        view.transferableSkills.length === 0
          ? h('p', { class: 'muted' }, 'None of the required skills transfer.')
          : h('div', { class: 'figures' }, view.transferableSkills.map(s => h('uui-tag', { look: 'secondary', color: 'positive' }, s.name)))),
      h('uui-box', { headline: 'Your values and the suggestions', 'data-testid': 'editor-vs-suggested' },
        table(['', 'Editor', 'Suggested', ''], [
          compare('Difficulty', view.difficulty, v => v),
          compare('Duration (months)', view.durationMonths, range),
          compare('Salary change (%)', view.salaryChangePercent, signedRange),
        ])),
      h('uui-box', { headline: 'Roadmap', 'data-testid': 'roadmap' },
        view.roadmap.cycles.length > 0
          ? h('p', { class: 'error' }, `Prerequisite cycle: ${view.roadmap.cycles.map(c => c.join(' → ')).join('; ')}`)
          : null,
        h('div', { class: 'roadmaps' },
          roadmap('Your roadmap', view.roadmap.editor, 'roadmap-editor', 'No roadmap of its own: the suggested one applies.'),
          roadmap('Suggested, prerequisites first', view.roadmap.suggested, 'roadmap-suggested', 'Nothing to learn.'))),
    ];
  }
}

function skillRow(skill) {
  const status = skill.gap
    ? h('uui-tag', { color: 'warning', look: 'secondary' }, `+${skill.requiredLevel - skill.currentLevel} ${skill.requiredLevel - skill.currentLevel === 1 ? 'level' : 'levels'} · ${skill.hours} h`)
    : h('uui-tag', { color: 'positive', look: 'secondary' }, 'Transfers');
  return h('div', { class: `skill-row ${skill.gap ? 'gap' : 'transfers'}`, 'data-skill': skill.skill, 'data-status': skill.gap ? 'gap' : 'transfers' },
    h('div', { class: 'skill-name' }, h('strong', {}, skill.name), h('small', {}, `Importance ${skill.importance} of 5`)),
    h('div', { class: 'bars' },
      h('span', {}, 'Your level'), bar('current', 'Your level', skill.currentLevel), h('span', { class: 'level' }, String(skill.currentLevel)),
      h('span', {}, 'Required'), bar('required', 'Required level', skill.requiredLevel), h('span', { class: 'level' }, String(skill.requiredLevel))),
    status);
}

function bar(kind, label, level) {
  return h('uui-progress-bar', {
    class: kind, progress: Math.round((Math.min(level, MAX_LEVEL) * 100) / MAX_LEVEL),
    role: 'meter', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': MAX_LEVEL, 'aria-valuenow': level, 'data-level': level,
  });
}

function roadmap(title, phases, testid, empty) {
  return h('div', { 'data-testid': testid },
    h('h4', {}, title),
    phases.length === 0
      ? h('p', { class: 'muted' }, empty)
      : h('ol', { class: 'phases' }, phases.map(p => h('li', {},
        h('strong', {}, p.title), p.months == null ? null : h('span', { class: 'muted' }, ` · ${p.months} ${p.months === 1 ? 'month' : 'months'}`),
        p.skills.length ? h('div', { class: 'tags' }, p.skills.map(s => h('uui-tag', { look: 'outline' }, s))) : null))));
}

function figure(label, value, testid) {
  return h('div', { class: 'figure' }, h('strong', { 'data-testid': testid }, String(value)), h('span', { class: 'muted' }, label));
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

if (!customElements.get('careercms-skill-gap-workspace-view')) customElements.define('careercms-skill-gap-workspace-view', CareerCmsSkillGapWorkspaceView);

export default CareerCmsSkillGapWorkspaceView;
