// The GMP scheduler as the shell sees it: engine + narration + view + interventions.
import { gmpEngine, narrate, GmpActionSchema, GmpConfigSchema } from '../../../simulators/gmp/index.ts';
import type { GmpAction, GmpConfig, GmpState } from '../../../simulators/gmp/index.ts';
import type { Mechanism } from '../shell/types.ts';
import { createGmpView } from './view.ts';
import { createSourcePanel } from './source-panel.ts';
import { renderGmpText } from './text.ts';
import './gmp.css';

/** The interventions form offers at most this many Ps (the engine allows more via URLs). */
const MAX_UI_PROCS = 8;

export const gmpMechanism: Mechanism<GmpConfig, GmpState, GmpAction> = {
  id: 'gmp',
  engine: gmpEngine,
  actionSchema: GmpActionSchema,
  configSchema: GmpConfigSchema,
  narrate,
  now: (s) => s.now,
  createView(stage, locale) {
    const pic = document.createElement('div');
    pic.className = 'gmp-picture';
    const code = document.createElement('div');
    code.className = 'gmp-source';
    stage.append(pic, code);
    const view = createGmpView(pic, { locale });
    const source = createSourcePanel(code, { locale });
    return {
      render(state, events, opts) {
        view.render(state, events, opts);
        source.mark(state);
      },
      setSource: (text) => source.setSource(text),
      destroy: () => view.destroy(),
    };
  },
  renderText: (container, state, locale) => renderGmpText(container, state, locale),
  bindInterventions(root, host) {
    const spawn = root.querySelector<HTMLFormElement>('form[data-intervention="spawn"]');
    const procs = root.querySelector<HTMLFormElement>('form[data-intervention="gomaxprocs"]');
    const pSelect = spawn?.querySelector<HTMLSelectElement>('select[name="p"]');
    const nInput = procs?.querySelector<HTMLInputElement>('input[name="n"]');
    spawn?.addEventListener('submit', (e) => {
      e.preventDefault();
      host.intervene({ type: 'spawn', p: Number(pSelect?.value ?? 0) });
    });
    procs?.addEventListener('submit', (e) => {
      e.preventDefault();
      const n = Math.round(Number(nInput?.value));
      if (!Number.isFinite(n) || n < 1 || n > MAX_UI_PROCS) {
        nInput?.setCustomValidity(`1–${MAX_UI_PROCS}`);
        nInput?.reportValidity();
        return;
      }
      nInput?.setCustomValidity('');
      host.intervene({ type: 'setGomaxprocs', n });
    });
    let shownProcs = -1;
    return (state) => {
      if (state.gomaxprocs === shownProcs || !pSelect || !nInput) return;
      shownProcs = state.gomaxprocs;
      const keep = Math.min(Number(pSelect.value), state.gomaxprocs - 1);
      pSelect.innerHTML = state.ps.map((p) => `<option value="${p.id}">P${p.id}</option>`).join('');
      pSelect.value = String(Math.max(0, keep));
      if (document.activeElement !== nInput) nInput.value = String(state.gomaxprocs);
      nInput.max = String(Math.max(MAX_UI_PROCS, state.gomaxprocs));
    };
  },
};
