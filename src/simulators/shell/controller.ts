// The shared simulator shell: one timeline, one view, the controls around them.
// Markup comes from src/components/Simulator.astro; this file only wires it up.
import { createTimeline, type Timeline } from '../../../simulators/core/timeline.ts';
import { decodeUrlState, encodeUrlState } from '../../../simulators/core/url-state.ts';
import { sourceUrl } from '../../../simulators/core/source.ts';
import type { Locale, Scenario, SimEvent, TimedAction } from '../../../simulators/core/types.ts';
import { shellStrings, type ShellStrings } from './i18n.ts';
import { bindKeyboard } from './keyboard.ts';
import { EventLog } from './log.ts';
import type { Mechanism, MechanismView } from './types.ts';
import { ANIMATE_UP_TO, DEFAULT_SPEED, SPEEDS } from './speeds.ts';
import { escapeHtml, fmtTime } from './format.ts';


const $ = <T extends Element>(root: ParentNode, sel: string): T => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`simulator shell: missing ${sel}`);
  return el;
};

export class SimulatorShell<Config, State, Action> {
  private readonly t: ShellStrings;
  private timeline!: Timeline<Config, State, Action>;
  private scenario!: Scenario<Config, Action>;
  private readonly view: MechanismView<State> & { setSource(source: string): void };
  private readonly log: EventLog;
  private readonly refreshInterventions: (state: State) => void;
  private playing = false;
  private speed = DEFAULT_SPEED;
  private rafId = 0;
  private lastFrame = 0;
  private carry = 0;
  private urlDirty = false;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(
    private readonly root: HTMLElement,
    private readonly mech: Mechanism<Config, State, Action>,
    private readonly locale: Locale,
  ) {
    this.t = shellStrings[locale];
    this.view = mech.createView($<HTMLElement>(root, '.sim-stage'), locale);
    this.log = new EventLog($<HTMLOListElement>(root, '.sim-log'), (e) => this.describe(e));
    const shell = this;
    this.refreshInterventions = mech.bindInterventions($<HTMLElement>(root, '.sim-interventions'), {
      get state() {
        return shell.timeline.state;
      },
      intervene: (a) => shell.intervene(a),
    });
    this.wireControls();
    bindKeyboard(root, {
      togglePlay: () => this.togglePlay(),
      forward: () => this.forward(),
      back: () => this.back(),
      reset: () => this.reset(),
      faster: () => this.setSpeed(this.speed + 1),
      slower: () => this.setSpeed(this.speed - 1),
      fullscreen: () => this.toggleFullscreen(),
      present: () => this.togglePresent(),
      help: () => this.openHelp(),
      escape: () => this.escape(),
    });
    this.loadFromUrl();
    // Slides embed the route with ?present=1 to open straight in the projector palette.
    if (root.dataset.mode === 'embed' && new URLSearchParams(location.search).get('present') === '1') {
      root.toggleAttribute('data-presenting', true);
      this.render(false);
    }
  }

  // ---- loading -------------------------------------------------------------------------

  private scenarioById(id: string | undefined): Scenario<Config, Action> {
    const all = this.mech.engine.scenarios;
    return all.find((s) => s.id === id) ?? all.find((s) => s.id === this.root.dataset.scenario) ?? all[0]!;
  }

  private loadFromUrl(): void {
    const params = new URLSearchParams(location.search);
    // The scheduler chapter embeds the shell too: only a URL aimed at this simulator is read.
    if (params.get('sim') !== this.mech.id) return this.load(this.scenarioById(undefined));
    const decoded = decodeUrlState(params, {
      sims: {
        [this.mech.id]: {
          scenarios: this.mech.engine.scenarios.map((s) => s.id),
          actionSchema: this.mech.actionSchema,
          configSchema: this.mech.configSchema,
        },
      },
    });
    if (!decoded.ok) {
      this.showError(this.t.badUrl(decoded.error.message));
      return this.load(this.scenarioById(undefined));
    }
    const u = decoded.value;
    const scenario = this.scenarioById(u.scenario);
    try {
      this.load(scenario, u.seed, (u.config as Config | undefined) ?? undefined, u.actions as TimedAction<Action>[], u.step);
    } catch (e) {
      // A state the engine rejects must not break the page.
      this.showError(this.t.badUrl((e as Error).message));
      this.load(scenario);
    }
  }

  private load(scenario: Scenario<Config, Action>, seed?: number, config?: Config, actions?: TimedAction<Action>[], step = 0): void {
    this.pause();
    this.scenario = scenario;
    this.timeline = createTimeline(this.mech.engine, config ?? scenario.config, seed ?? scenario.seed, actions ?? scenario.actions);
    this.timeline.jump(step);
    $<HTMLSelectElement>(this.root, '.sim-scenario').value = scenario.id;
    $(this.root, '.sim-summary').textContent = scenario.summary[this.locale];
    this.view.setSource(scenario.source);
    this.log.rebuild(this.timeline.eventsBetween(Math.max(0, this.timeline.position - 60), this.timeline.position, 60));
    this.render(false);
  }

  // ---- commands ------------------------------------------------------------------------

  forward(): boolean {
    const moved = this.timeline.forward();
    if (moved) this.log.append(this.timeline.position, this.timeline.events);
    else this.pause();
    this.render(moved && this.shouldAnimate());
    return moved;
  }

  back(): void {
    this.pause();
    if (!this.timeline.back()) return;
    this.log.trimAfter(this.timeline.position);
    this.render(this.shouldAnimate());
  }

  reset(): void {
    this.pause();
    this.timeline.reset();
    this.log.rebuild([]);
    this.render(false);
  }

  jump(k: number): void {
    this.timeline.jump(k);
    this.log.rebuild(this.timeline.eventsBetween(Math.max(0, this.timeline.position - 60), this.timeline.position, 60));
    this.render(false);
  }

  intervene(action: Action): void {
    this.pause();
    const events = this.timeline.intervene(action);
    this.log.trimAfter(this.timeline.position - 1);
    this.log.append(this.timeline.position, events);
    this.setStatus(this.t.intervened);
    this.render(this.shouldAnimate());
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private play(): void {
    if (this.timeline.atEnd) return;
    this.playing = true;
    this.lastFrame = performance.now();
    this.carry = 0;
    this.updatePlayButton();
    const tick = (now: number) => {
      if (!this.playing) return;
      this.carry += ((now - this.lastFrame) / 1000) * SPEEDS[this.speed]!;
      this.lastFrame = now;
      let steps = Math.min(Math.floor(this.carry), 8);
      this.carry -= Math.floor(this.carry);
      const animate = this.shouldAnimate();
      let moved = false;
      while (steps-- > 0) {
        if (!this.timeline.forward()) {
          this.playing = false;
          break;
        }
        this.log.append(this.timeline.position, this.timeline.events, !animate);
        moved = true;
      }
      if (moved) this.render(animate);
      if (this.playing) this.rafId = requestAnimationFrame(tick);
      else this.updatePlayButton();
    };
    this.rafId = requestAnimationFrame(tick);
  }

  private pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.rafId);
    this.updatePlayButton();
  }

  setSpeed(i: number): void {
    this.speed = Math.max(0, Math.min(SPEEDS.length - 1, i));
    const input = $<HTMLInputElement>(this.root, '.sim-speed');
    input.value = String(this.speed);
    input.setAttribute('aria-valuetext', this.t.stepsPerSecond(SPEEDS[this.speed]!));
    $(this.root, '.sim-speed-out').textContent = this.t.stepsPerSecond(SPEEDS[this.speed]!);
  }

  private shouldAnimate(): boolean {
    return !this.reducedMotion.matches && (!this.playing || SPEEDS[this.speed]! <= ANIMATE_UP_TO);
  }

  // ---- presentation, fullscreen, help ----------------------------------------------------

  togglePresent(force?: boolean): void {
    const on = force ?? !this.root.hasAttribute('data-presenting');
    this.root.toggleAttribute('data-presenting', on);
    document.documentElement.classList.toggle('sim-presenting', on);
    const btn = $<HTMLButtonElement>(this.root, '[data-cmd="present"]');
    btn.setAttribute('aria-pressed', String(on));
    btn.querySelector('.label')!.textContent = on ? this.t.exitPresent : this.t.present;
    if (on && !document.fullscreenElement) this.root.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement === this.root) document.exitFullscreen().catch(() => undefined);
    this.render(false);
  }

  private toggleFullscreen(): void {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else this.root.requestFullscreen?.().catch(() => undefined);
  }

  private openHelp(): void {
    const d = $<HTMLDialogElement>(this.root, '.sim-help');
    if (!d.open) d.showModal();
  }

  private escape(): void {
    const d = $<HTMLDialogElement>(this.root, '.sim-help');
    if (d.open) d.close();
    else if (this.root.hasAttribute('data-presenting')) this.togglePresent(false);
  }

  // ---- sharing ---------------------------------------------------------------------------

  /** The URL that reopens exactly this view. */
  shareUrl(): string {
    const enc = encodeUrlState({
      sim: this.mech.id,
      scenario: this.scenario.id,
      seed: this.timeline.seed,
      actions: [...this.timeline.actions] as TimedAction<unknown>[],
      step: this.timeline.position,
      ...(this.timeline.config !== this.scenario.config ? { config: this.timeline.config } : {}),
    });
    const url = new URL(location.href);
    url.search = enc.ok ? enc.value : '';
    url.hash = '';
    return url.toString();
  }

  private async copyLink(): Promise<void> {
    const url = this.shareUrl();
    history.replaceState(history.state, '', url);
    try {
      await navigator.clipboard.writeText(url);
      this.setStatus(this.t.copied);
    } catch {
      this.setStatus(`${this.t.copyFailed} ${url}`);
    }
  }

  // ---- rendering -------------------------------------------------------------------------

  private describe(e: SimEvent): { html: string } {
    const text = this.mech.narrate(e.narration.key, e.narration.params, this.locale);
    const href = sourceUrl(e.source);
    return {
      html: `<a class="sim-fn" href="${escapeHtml(href)}" target="_blank" rel="noopener" title="${escapeHtml(`${e.source.file} · ${e.source.func}`)}"><code>${escapeHtml(e.kind)}</code></a> ${escapeHtml(text)}`,
    };
  }

  private render(animate: boolean): void {
    const tl = this.timeline;
    const state = tl.state;
    this.view.render(state, tl.events, { animate });
    // Caption: what the last transition did, each event naming (and linking) its runtime function.
    const caption = $<HTMLElement>(this.root, '.sim-caption');
    if (tl.position === 0) caption.textContent = this.t.start;
    else if (tl.events.length === 0) caption.textContent = tl.atEnd ? this.t.ended : '';
    else caption.innerHTML = tl.events.map((e) => `<p>${this.describe(e).html}</p>`).join('');
    if (tl.atEnd && tl.position > 0) caption.insertAdjacentHTML('beforeend', `<p class="sim-ended">${escapeHtml(this.t.ended)}</p>`);
    const textBody = $<HTMLElement>(this.root, '.sim-text-body');
    if ((textBody.closest('details') as HTMLDetailsElement | null)?.open !== false) this.mech.renderText(textBody, state, this.locale);
    this.refreshInterventions(state);
    this.updatePosition();
    this.scheduleUrlUpdate();
  }

  private updatePosition(): void {
    const tl = this.timeline;
    const scrub = $<HTMLInputElement>(this.root, '.sim-scrub');
    const end = tl.knownEnd;
    scrub.max = String(end ?? Math.max(200, tl.position * 2));
    scrub.value = String(tl.position);
    const pos = this.t.position(tl.position, end);
    scrub.setAttribute('aria-valuetext', pos);
    $(this.root, '.sim-pos').textContent = pos;
    $(this.root, '.sim-time').textContent = `${this.t.virtualTime} ${fmtTime(this.mech.now(tl.state))}`;
    $<HTMLButtonElement>(this.root, '[data-cmd="back"]').disabled = tl.position === 0;
    $<HTMLButtonElement>(this.root, '[data-cmd="reset"]').disabled = tl.position === 0;
    $<HTMLButtonElement>(this.root, '[data-cmd="step"]').disabled = tl.atEnd;
  }

  private updatePlayButton(): void {
    const btn = $<HTMLButtonElement>(this.root, '[data-cmd="play"]');
    btn.setAttribute('aria-pressed', String(this.playing));
    btn.querySelector('.label')!.textContent = this.playing ? this.t.pause : this.t.play;
    btn.querySelector('.icon')!.textContent = this.playing ? '❚❚' : '▶';
  }

  /** The address bar follows the view (without adding history entries), at most every 400 ms. */
  private scheduleUrlUpdate(): void {
    if (this.root.dataset.mode !== 'page' && this.root.dataset.mode !== 'embed') return;
    if (this.urlDirty) return;
    this.urlDirty = true;
    setTimeout(() => {
      this.urlDirty = false;
      // While a bad link's message shows, the address bar keeps what the reader opened.
      if ($<HTMLElement>(this.root, '.sim-error-box').hidden) history.replaceState(history.state, '', this.shareUrl());
    }, 400);
  }

  private showError(msg: string): void {
    $(this.root, '.sim-error').textContent = msg;
    $<HTMLElement>(this.root, '.sim-error-box').hidden = false;
  }

  private setStatus(msg: string): void {
    $(this.root, '.sim-status').textContent = msg;
  }

  private wireControls(): void {
    const on = (cmd: string, fn: () => void) => $(this.root, `[data-cmd="${cmd}"]`).addEventListener('click', fn);
    on('reset', () => this.reset());
    on('back', () => this.back());
    on('step', () => this.forward());
    on('play', () => this.togglePlay());
    on('copy', () => void this.copyLink());
    on('present', () => this.togglePresent());
    on('fullscreen', () => this.toggleFullscreen());
    on('help', () => this.openHelp());
    on('close-help', () => $<HTMLDialogElement>(this.root, '.sim-help').close());
    on('dismiss-error', () => {
      $<HTMLElement>(this.root, '.sim-error-box').hidden = true;
    });
    $<HTMLSelectElement>(this.root, '.sim-scenario').addEventListener('change', (e) => {
      $<HTMLElement>(this.root, '.sim-error-box').hidden = true;
      this.load(this.scenarioById((e.target as HTMLSelectElement).value));
    });
    $<HTMLInputElement>(this.root, '.sim-speed').addEventListener('input', (e) => this.setSpeed(Number((e.target as HTMLInputElement).value)));
    $<HTMLInputElement>(this.root, '.sim-scrub').addEventListener('input', (e) => {
      this.pause();
      this.jump(Number((e.target as HTMLInputElement).value));
    });
    $(this.root, '.sim-text').addEventListener('toggle', () => this.render(false));
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement && this.root.hasAttribute('data-presenting')) this.togglePresent(false);
    });
    this.setSpeed(this.speed);
  }

  /** Runs a program that is not one of the scenarios (the frame-time benchmark uses it). */
  loadProgram(config: Config, seed: number): void {
    this.load({ ...this.scenario, config, seed, actions: [], source: '' }, seed, config, []);
  }

  /** For tests and the bench: the current timeline. */
  get current(): Timeline<Config, State, Action> {
    return this.timeline;
  }
}
