// Renders and wires a mechanism's declarative controls: settings of the program (config),
// commands (e.g. "find a losing interleaving") and interventions at the current step.
import type { Locale } from '../../../simulators/core/types.ts';
import { escapeHtml } from './format.ts';
import type { CommandSpec, ConfigControlSpec, InterventionSpec } from './types.ts';

export type ControlsHost<Config, State, Action> = {
  readonly config: Config;
  readonly state: State;
  setConfig(config: Config): void;
  intervene(action: Action): void;
  status(message: string): void;
  runCommand(spec: CommandSpec<Config>): void;
};

let uid = 0;

/** Builds the config controls; returns a function that shows a config's values. */
export function renderConfigControls<Config>(
  box: HTMLElement,
  specs: readonly ConfigControlSpec<Config>[],
  locale: Locale,
  host: Pick<ControlsHost<Config, unknown, unknown>, 'config' | 'setConfig'>,
): (config: Config) => void {
  const updaters: ((c: Config) => void)[] = [];
  for (const spec of specs) {
    const id = `sim-cfg-${++uid}`;
    const row = document.createElement('div');
    row.className = `sim-row sim-cfg sim-cfg-${spec.type}`;
    row.dataset.control = spec.id;
    const hint = spec.hint ? `<span class="sim-hint">${escapeHtml(spec.hint[locale])}</span>` : '';
    if (spec.type === 'select') {
      row.innerHTML = `<label for="${id}">${escapeHtml(spec.label[locale])}</label><select id="${id}">${spec.options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label[locale])}</option>`).join('')}</select>${hint}`;
      const sel = row.querySelector('select')!;
      sel.addEventListener('change', () => host.setConfig(spec.write(host.config, sel.value)));
      updaters.push((c) => (sel.value = spec.read(c)));
    } else if (spec.type === 'checkbox') {
      row.innerHTML = `<input type="checkbox" id="${id}"><label for="${id}">${escapeHtml(spec.label[locale])}</label>${hint}`;
      const box = row.querySelector('input')!;
      box.addEventListener('change', () => host.setConfig(spec.write(host.config, box.checked)));
      updaters.push((c) => (box.checked = spec.read(c)));
    } else {
      row.innerHTML = `<label for="${id}">${escapeHtml(spec.label[locale])}</label><input type="range" id="${id}" min="0" max="${spec.steps - 1}" step="1"><output for="${id}"></output>${hint}`;
      const input = row.querySelector('input')!;
      const out = row.querySelector('output')!;
      // The value shows while dragging; the run restarts once, on release.
      input.addEventListener('input', () => {
        const preview = spec.write(host.config, Number(input.value));
        out.textContent = spec.format(preview, locale);
        input.setAttribute('aria-valuetext', out.textContent);
      });
      input.addEventListener('change', () => host.setConfig(spec.write(host.config, Number(input.value))));
      updaters.push((c) => {
        if (document.activeElement !== input) input.value = String(spec.read(c));
        out.textContent = spec.format(c, locale);
        input.setAttribute('aria-valuetext', out.textContent);
      });
    }
    box.append(row);
  }
  return (c) => updaters.forEach((u) => u(c));
}

export function renderCommands<Config>(box: HTMLElement, specs: readonly CommandSpec<Config>[], locale: Locale, run: (spec: CommandSpec<Config>) => void): void {
  for (const spec of specs) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'sim-command';
    b.dataset.command = spec.id;
    b.textContent = spec.label[locale];
    b.addEventListener('click', () => run(spec));
    box.append(b);
  }
}

/** Builds the intervention forms; returns a function that refreshes their options for a state. */
export function renderInterventions<State, Action>(
  box: HTMLElement,
  specs: readonly InterventionSpec<State, Action>[],
  locale: Locale,
  host: Pick<ControlsHost<unknown, State, Action>, 'state' | 'intervene'>,
): (state: State) => void {
  const refreshers: ((s: State) => void)[] = [];
  for (const spec of specs) {
    const form = document.createElement('form');
    form.className = 'sim-row sim-intervention';
    form.dataset.intervention = spec.id;
    for (const f of spec.fields) {
      const label = document.createElement('label');
      label.append(`${f.label[locale]} `);
      if (f.type === 'select') {
        const sel = document.createElement('select');
        sel.name = f.name;
        label.append(sel);
        let sig = '';
        refreshers.push((s) => {
          const opts = f.options(s, locale);
          const next = JSON.stringify(opts);
          if (next === sig) return;
          sig = next;
          const keep = sel.value;
          sel.innerHTML = opts.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
          if (opts.some((o) => o.value === keep)) sel.value = keep;
        });
      } else {
        const input = document.createElement('input');
        input.type = 'number';
        input.name = f.name;
        input.min = String(f.min);
        input.step = '1';
        input.inputMode = 'numeric';
        label.append(input);
        refreshers.push((s) => {
          input.max = String(f.max(s));
          if (document.activeElement !== input) input.value = String(f.value(s));
        });
      }
      form.append(label);
    }
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.innerHTML = `<code>${escapeHtml(spec.submit[locale])}</code>`;
    form.append(submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
      const r = spec.toAction(values, host.state);
      const first = form.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
      if (r && typeof r === 'object' && 'error' in (r as object)) {
        first?.setCustomValidity((r as { error: Record<Locale, string> }).error[locale]);
        first?.reportValidity();
        return;
      }
      first?.setCustomValidity('');
      host.intervene(r as Action);
    });
    box.append(form);
  }
  return (s) => refreshers.forEach((r) => r(s));
}
