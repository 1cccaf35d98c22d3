// The shared simulator shell: one timeline, one view, the controls around them.
// Markup comes from src/components/Simulator.astro; this file only wires it up.
import { createTimeline, type Timeline } from '../../../simulators/core/timeline.ts';
import { decodeUrlState, encodeUrlState } from '../../../simulators/core/url-state.ts';
import type { Narrator } from '../../../simulators/core/narrator.ts';
import type { Locale, Scenario, SimEvent, TimedAction } from '../../../simulators/core/types.ts';
import { bindKeyboard } from './keyboard.ts';
import { EventLog } from './log.ts';
import type { CommandSpec, Mechanism, MechanismView } from './types.ts';
import { ANIMATE_UP_TO, DEFAULT_SPEED, SPEEDS, MAX_STEPS_PER_FRAME, SIDE_UPDATE_MS } from './speeds.ts';
import { escapeHtml } from './format.ts';
import { describeEvent } from './caption.ts';
import { measureLength, type LengthProbe } from './length.ts';
import { createSourcePanel, type SourcePanel } from './source-panel.ts';
import { renderCommands, renderConfigControls, renderInterventions } from './controls.ts';
import { readStrings, type ShellText } from './strings.ts';

const $ = <T extends Element>(root: ParentNode, sel: string): T => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`simulator shell: missing ${sel}`);
  return el;
};

export class SimulatorShell<Config, State, Action> {
  private readonly t: ShellText;
  private timeline!: Timeline<Config, State, Action>;
  private scenario!: Scenario<Config, Action>;
  private readonly view: MechanismView<State>;
  private readonly source: SourcePanel;
  private readonly log: EventLog;
  private refreshInterventions: (state: State) => void = () => undefined;
  private showConfig: (config: Config) => void = () => undefined;
  private playing = false;
  private speed = DEFAULT_SPEED;
  private rafId = 0;
  private lastFrame = 0;
  private carry = 0;
  private urlDirty = false;
  private length: { n: number; done: boolean } = { n: 0, done: false };
  private probe: LengthProbe | null = null;
  private command: { id: string; ctrl: AbortController; done: () => void } | null = null;
  /** The picture's room at the last render ("WxH"). */
  private drawnFor = '';
  /** When the words beside the picture were last written, and whether they lag the picture. */
  private sideAt = 0;
  private sideStale = false;
  private box: { width: number; height: number } | null = null;
  /** The first load's code, log and words, waiting one task after the picture (see load). */
  private bootRest: (() => void) | null = null;
  private shown = false;
  /** Settles when the first state is fully shown: picture, code, log and caption. */
  readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  /** Matches the CSS breakpoint where caption and code sit beside the picture. */
  private readonly wide = matchMedia('(min-width: 64rem)');
  /** Matches the CSS breakpoint where the caption box is capped. */
  private readonly phone = matchMedia('(max-width: 40rem)');

  constructor(
    private readonly root: HTMLElement,
    private readonly simId: string,
    private readonly mech: Mechanism<Config, State, Action>,
    private readonly narrator: Narrator,
    private readonly locale: Locale,
  ) {
    this.t = readStrings(root);
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    const shell = this;
    this.view = mech.createView($<HTMLElement>(root, '.sim-stage'), locale, {
      get config() {
        return shell.timeline.config;
      },
      get seed() {
        return shell.timeline.seed;
      },
      get actions() {
        return shell.timeline.actions;
      },
      get position() {
        return shell.timeline.position;
      },
    });
    this.source = createSourcePanel($<HTMLElement>(root, '.sim-source'));
    this.log = new EventLog($<HTMLOListElement>(root, '.sim-log'), (e) => ({ html: this.describe(e) }));
    this.wireMechanismControls();
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
      code: () => this.toggleCode(),
      settings: () => this.toggleSettings(),
      help: () => this.openHelp(),
      escape: () => this.escape(),
    });
    this.loadFromUrl();
    // Slides embed the route with ?present=1: the same state as pressing P.
    if (root.dataset.mode === 'embed' && new URLSearchParams(location.search).get('present') === '1') this.togglePresent(true, false);
  }

  // ---- loading -------------------------------------------------------------------------

  private scenarioById(id: string | undefined): Scenario<Config, Action> {
    const all = this.mech.engine.scenarios;
    return all.find((s) => s.id === id) ?? all.find((s) => s.id === this.root.dataset.scenario) ?? all[0]!;
  }

  private loadFromUrl(): void {
    const params = new URLSearchParams(location.search);
    // A chapter may hold a simulator too: only a URL aimed at this simulator is read.
    if (params.get('sim') !== this.simId) return this.load(this.scenarioById(undefined));
    const decoded = decodeUrlState(params, {
      sims: {
        [this.simId]: {
          scenarios: this.mech.engine.scenarios.map((s) => s.id),
          actionSchema: this.mech.actionSchema,
          configSchema: this.mech.configSchema,
        },
      },
    });
    if (!decoded.ok) {
      this.showError(this.t('badUrl', { msg: decoded.error.message }));
      return this.load(this.scenarioById(undefined));
    }
    const u = decoded.value;
    const scenario = this.scenarioById(u.scenario);
    try {
      this.load(scenario, u.seed, (u.config as Config | undefined) ?? undefined, u.actions as TimedAction<Action>[], u.step);
    } catch (e) {
      // A state the engine rejects must not break the page.
      this.showError(this.t('badUrl', { msg: (e as Error).message }));
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
    const source = this.mech.programSource?.(this.timeline.config) ?? scenario.source;
    const fillSide = (): void => {
      this.source.setSource(source);
      this.root.toggleAttribute('data-no-source', source.trim() === '');
      this.log.rebuild(this.timeline.eventsBetween(Math.max(0, this.timeline.position - 60), this.timeline.position, 60));
    };
    this.showConfig(this.timeline.config);
    this.remeasure();
    if (this.shown) {
      fillSide();
      this.render(false);
      return;
    }
    // The page's first load draws the picture in one task and the code, log and caption in the
    // next: together they were one long task on a slow phone (≈190 ms with the CPU throttled 4×).
    // Anything that renders before then (a key pressed at once) runs the rest first; a second load
    // before then (a rejected link falls back to the scenario) replaces it.
    const first = this.bootRest === null;
    this.bootRest = () => {
      this.bootRest = null;
      fillSide();
      this.renderSide();
      this.shown = true;
      this.markReady();
    };
    if (first) setTimeout(() => this.bootRest?.(), 0);
    this.render(false, true);
  }

  /** Learns the run's length from the start, so the scrubber reaches every step. */
  private remeasure(): void {
    this.probe?.cancel();
    const tl = this.timeline;
    this.length = { n: tl.knownEnd ?? tl.position, done: tl.knownEnd !== null };
    if (this.length.done) return;
    this.probe = measureLength(
      this.mech.engine,
      tl.config,
      tl.seed,
      tl.actions,
      (n, done) => {
        this.length = { n: Math.max(n, this.timeline.position), done };
        this.updatePosition();
      },
      () => this.playing,
    );
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
    this.setStatus(this.t('intervened'));
    this.remeasure();
    this.render(this.shouldAnimate());
  }

  /** Restarts the scenario with a changed program setting (kept in the URL as cfg=). */
  setConfig(config: Config): void {
    this.load(this.scenario, this.timeline.seed, config, this.scenario.actions);
    this.setStatus(this.t('configChanged'));
  }

  /** Runs a command (e.g. explore in a worker). Pressed again while it runs, or Esc: cancels it. */
  private runCommand(spec: CommandSpec<Config>): void {
    if (this.command) {
      const same = this.command.id === spec.id;
      this.cancelCommand();
      if (same) return;
    }
    const ctrl = new AbortController();
    const button = this.root.querySelector<HTMLButtonElement>(`[data-command="${spec.id}"]`);
    const label = button?.textContent ?? '';
    const done = () => {
      if (button) {
        button.textContent = label;
        button.removeAttribute('aria-pressed');
      }
      if (this.command?.ctrl === ctrl) {
        this.command = null;
        this.root.removeAttribute('aria-busy');
      }
    };
    this.command = { id: spec.id, ctrl, done };
    if (button) {
      // The same button cancels: a reader who pressed it by mistake needs no other control.
      button.textContent = `${this.t('cancel')} (Esc)`;
      button.setAttribute('aria-pressed', 'true');
    }
    this.root.setAttribute('aria-busy', 'true');
    this.setStatus(this.t('working'));
    spec
      .run(this.timeline.config, ctrl.signal)
      .then((r) => {
        if (ctrl.signal.aborted) return;
        if (r.config) this.load(this.scenario, this.timeline.seed, r.config, this.scenario.actions);
        this.setStatus(r.message[this.locale]);
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) this.setStatus(String((e as Error)?.message ?? e));
      })
      .finally(done);
  }

  private cancelCommand(): void {
    const c = this.command;
    if (!c) return;
    c.ctrl.abort();
    c.done();
    this.setStatus(this.t('cancelled'));
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private play(): void {
    if (this.atEnd) return;
    this.playing = true;
    this.lastFrame = performance.now();
    this.carry = 0;
    this.updatePlayButton();
    const tick = (now: number) => {
      if (!this.playing) return;
      this.carry += ((now - this.lastFrame) / 1000) * SPEEDS[this.speed]!;
      this.lastFrame = now;
      let steps = Math.min(Math.floor(this.carry), MAX_STEPS_PER_FRAME);
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
      else {
        this.updatePlayButton();
        if (this.sideStale) this.renderSide();
      }
    };
    this.rafId = requestAnimationFrame(tick);
  }

  private pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.rafId);
    this.updatePlayButton();
    if (this.sideStale) this.renderSide();
  }

  setSpeed(i: number): void {
    this.speed = Math.max(0, Math.min(SPEEDS.length - 1, i));
    const input = $<HTMLInputElement>(this.root, '.sim-speed');
    const text = this.t('stepsPerSecond', { n: SPEEDS[this.speed]! });
    input.value = String(this.speed);
    input.setAttribute('aria-valuetext', text);
    $(this.root, '.sim-speed-out').textContent = text;
  }

  private shouldAnimate(): boolean {
    return !this.reducedMotion.matches && (!this.playing || SPEEDS[this.speed]! <= ANIMATE_UP_TO);
  }

  // ---- presentation, fullscreen, code, help ----------------------------------------------

  get presenting(): boolean {
    return this.root.hasAttribute('data-presenting');
  }

  togglePresent(force?: boolean, fullscreen = true): void {
    const on = force ?? !this.presenting;
    if (!on) this.toggleSettings(false);
    this.root.toggleAttribute('data-presenting', on);
    document.documentElement.classList.toggle('sim-presenting', on);
    const btn = $<HTMLButtonElement>(this.root, '[data-cmd="present"]');
    btn.setAttribute('aria-pressed', String(on));
    btn.querySelector('.label')!.textContent = on ? this.t('exitPresent') : this.t('present');
    btn.title = `${on ? this.t('exitPresent') : this.t('present')} (P)`;
    if (on && fullscreen && !document.fullscreenElement) this.root.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement === this.root) document.exitFullscreen().catch(() => undefined);
    this.render(false);
  }

  private toggleCode(): void {
    const hidden = this.root.toggleAttribute('data-code-hidden');
    const btn = $<HTMLButtonElement>(this.root, '[data-cmd="code"]');
    btn.setAttribute('aria-pressed', String(!hidden));
    btn.querySelector('.label')!.textContent = hidden ? this.t('showCode') : this.t('hideCode');
    btn.title = `${btn.querySelector('.label')!.textContent} (C)`;
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
    else if (this.command) this.cancelCommand();
    else if (this.root.hasAttribute('data-settings-open')) this.toggleSettings(false);
    else if (this.presenting) this.togglePresent(false);
  }

  /**
   * S: the program's settings, commands and interventions. In presentation mode they open as a
   * panel over the picture (the page's panels are hidden there); on the page they scroll into view.
   */
  private toggleSettings(force?: boolean): void {
    const btn = $<HTMLButtonElement>(this.root, '[data-cmd="settings"]');
    if (btn.hidden) return;
    const panel = this.root.querySelector<HTMLElement>('.sim-panels > section:not([hidden])');
    const first = panel?.querySelector<HTMLElement>('select, input, button');
    if (!this.presenting) {
      panel?.scrollIntoView({ block: 'nearest', behavior: this.reducedMotion.matches ? 'auto' : 'smooth' });
      first?.focus({ preventScroll: true });
      return;
    }
    const open = force ?? !this.root.hasAttribute('data-settings-open');
    this.root.toggleAttribute('data-settings-open', open);
    btn.setAttribute('aria-expanded', String(open));
    if (open) first?.focus();
    else if (panel?.contains(document.activeElement)) {
      // Back to the shell itself: its keys keep working and no bar stays up over the picture.
      this.root.tabIndex = -1;
      this.root.focus({ preventScroll: true });
    }
  }

  // ---- sharing ---------------------------------------------------------------------------

  /** The URL that reopens exactly this view. */
  shareUrl(): string {
    const enc = encodeUrlState({
      sim: this.simId,
      scenario: this.scenario.id,
      seed: this.timeline.seed,
      actions: [...this.timeline.actions] as TimedAction<unknown>[],
      step: this.timeline.position,
      ...(this.timeline.config !== this.scenario.config ? { config: this.timeline.config } : {}),
    });
    const url = new URL(location.href);
    // Keep the embed's own flags (present=1) and anything else that isn't simulator state.
    const keep = [...url.searchParams].filter(([k]) => !['sim', 'sc', 'seed', 'step', 'a', 'cfg'].includes(k));
    url.search = enc.ok ? enc.value : '';
    for (const [k, v] of keep) url.searchParams.append(k, v);
    url.hash = '';
    return url.toString();
  }

  private async copyLink(): Promise<void> {
    const url = this.shareUrl();
    history.replaceState(history.state, '', url);
    try {
      await navigator.clipboard.writeText(url);
      this.setStatus(this.t('copied'));
    } catch {
      this.setStatus(`${this.t('copyFailed')} ${url}`);
    }
  }

  // ---- rendering -------------------------------------------------------------------------

  private describe(e: SimEvent): string {
    return describeEvent(e, this.narrator, this.locale, this.mech.sourceLink?.bind(this.mech));
  }

  private render(animate: boolean, pictureOnly = false): void {
    const tl = this.timeline;
    const state = tl.state;
    const box = this.pictureBox();
    this.drawnFor = `${box.width}x${box.height}`;
    this.view.render(state, tl.events, { animate, presenting: this.presenting, box });
    if (pictureOnly) {
      this.sideStale = true;
      return;
    }
    // While a run plays faster than anyone reads, the words beside the picture (caption, read-out,
    // code marks, position) change at most every SIDE_UPDATE_MS: re-laying out text 60 times a
    // second cost more than the picture. Paused or stepping, they follow every step.
    if (this.playing) {
      const now = performance.now();
      if (now - this.sideAt < SIDE_UPDATE_MS) {
        this.sideStale = true;
        return;
      }
      this.sideAt = now;
    }
    this.renderSide();
  }

  /** Caption, read-out, source marks, text alternative, interventions and position for the current step. */
  private renderSide(): void {
    if (this.bootRest) return this.bootRest();
    const tl = this.timeline;
    const state = tl.state;
    this.sideStale = false;
    // Caption: what the last transition did, each event naming (and linking) its runtime function.
    const caption = $<HTMLElement>(this.root, '.sim-caption');
    if (tl.position === 0) caption.innerHTML = `<p>${escapeHtml(this.t('start'))}</p>`;
    else caption.innerHTML = tl.events.map((e) => `<p>${this.describe(e)}</p>`).join('');
    if (this.atEnd && tl.position > 0) caption.insertAdjacentHTML('beforeend', `<p class="sim-ended">${escapeHtml(this.t('ended'))}</p>`);
    // Where the caption box is capped (phones), say that more text follows instead of hiding it.
    // (Only there: reading scrollHeight forces a layout.)
    caption.toggleAttribute('data-more', false);
    if (this.phone.matches && !this.presenting) {
      caption.scrollTop = 0;
      // Measured just before the next frame, when the browser lays the page out anyway.
      requestAnimationFrame(() => {
        if (this.phone.matches && !this.presenting && caption.scrollHeight > caption.clientHeight + 2) caption.dataset.more = `${this.t('more')} ↓`;
      });
    }
    $(this.root, '.sim-readout').textContent = this.mech.readout(state, this.locale);
    if (this.mech.sourceMarks) this.source.mark(this.mech.sourceMarks(state, this.locale));
    const textBody = $<HTMLElement>(this.root, '.sim-text-body');
    if ((textBody.closest('details') as HTMLDetailsElement | null)?.open !== false) this.mech.renderText(textBody, state, this.locale);
    this.refreshInterventions(state);
    this.updatePosition();
    this.scheduleUrlUpdate();
  }

  /**
   * The room for the picture. Where the layout gives the stage a fixed height (presentation, and
   * the side-by-side page layout) that is the limit; elsewhere the picture shares the screen with
   * the caption under it, so it gets the share of the viewport that CSS caps it at too.
   */
  private pictureBox(fresh = false): { width: number; height: number } {
    // While a run plays, the room measured at the last pause or resize: reading the stage's size
    // after each frame's DOM writes would force a layout of the whole page on every frame.
    if (!fresh && this.playing && this.box) return this.box;
    const stage = $<HTMLElement>(this.root, '.sim-stage');
    const width = stage.clientWidth || 800;
    if (this.presenting || (this.root.dataset.mode !== 'inline' && this.wide.matches)) this.box = { width, height: stage.clientHeight };
    else this.box = { width, height: Math.round(innerHeight * (this.phone.matches ? 0.45 : 0.55)) };
    return this.box;
  }


  /** The timeline learns its end by stepping past it; the measured length knows it earlier. */
  private get atEnd(): boolean {
    return this.timeline.atEnd || (this.length.done && this.timeline.position >= this.length.n);
  }

  private updatePosition(): void {
    const tl = this.timeline;
    if (tl.knownEnd !== null) this.length = { n: tl.knownEnd, done: true };
    const n = Math.max(this.length.n, tl.position);
    const scrub = $<HTMLInputElement>(this.root, '.sim-scrub');
    scrub.max = String(n);
    scrub.value = String(tl.position);
    const pos = this.t(this.length.done ? 'position' : 'positionMeasuring', { k: tl.position, n });
    scrub.setAttribute('aria-valuetext', pos);
    $(this.root, '.sim-pos').textContent = pos;
    $<HTMLButtonElement>(this.root, '[data-cmd="back"]').disabled = tl.position === 0;
    $<HTMLButtonElement>(this.root, '[data-cmd="reset"]').disabled = tl.position === 0;
    $<HTMLButtonElement>(this.root, '[data-cmd="step"]').disabled = this.atEnd;
  }

  private updatePlayButton(): void {
    const btn = $<HTMLButtonElement>(this.root, '[data-cmd="play"]');
    btn.setAttribute('aria-pressed', String(this.playing));
    btn.querySelector('.label')!.textContent = this.playing ? this.t('pause') : this.t('play');
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
    // A copy beside the commands, for presentation mode, where the toolbar's status may be hidden.
    $(this.root, '.sim-command-status').textContent = msg;
  }

  private wireMechanismControls(): void {
    const shell = this;
    const host = {
      get config() {
        return shell.timeline.config;
      },
      get state() {
        return shell.timeline.state;
      },
      setConfig: (c: Config) => shell.setConfig(c),
      intervene: (a: Action) => shell.intervene(a),
    };
    const { configControls = [], commands = [], interventions = [] } = this.mech;
    $<HTMLElement>(this.root, '[data-cmd="settings"]').hidden = configControls.length + commands.length + interventions.length === 0;
    if (configControls.length + commands.length > 0) {
      $<HTMLElement>(this.root, '.sim-controls').hidden = false;
      this.showConfig = renderConfigControls($<HTMLElement>(this.root, '.sim-config'), configControls, this.locale, host);
      renderCommands($<HTMLElement>(this.root, '.sim-commands'), commands, this.locale, (spec) => this.runCommand(spec));
    }
    if (interventions.length > 0) {
      $<HTMLElement>(this.root, '.sim-interventions').hidden = false;
      this.refreshInterventions = renderInterventions($<HTMLElement>(this.root, '.sim-intervention-forms'), interventions, this.locale, host);
    }
  }

  private wireControls(): void {
    const on = (cmd: string, fn: () => void) => $(this.root, `[data-cmd="${cmd}"]`).addEventListener('click', fn);
    on('reset', () => this.reset());
    on('back', () => this.back());
    on('step', () => this.forward());
    on('play', () => this.togglePlay());
    on('copy', () => void this.copyLink());
    on('present', () => this.togglePresent());
    on('code', () => this.toggleCode());
    on('settings', () => this.toggleSettings());
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
      if (!document.fullscreenElement && this.presenting && this.root.dataset.mode !== 'embed') this.togglePresent(false);
    });
    // Presentation mode: the toolbar hides until the pointer moves or a control takes focus.
    let idle: ReturnType<typeof setTimeout> | undefined;
    this.root.addEventListener('pointermove', () => {
      this.root.toggleAttribute('data-pointer', true);
      clearTimeout(idle);
      idle = setTimeout(() => this.root.removeAttribute('data-pointer'), 2500);
    });
    // Re-fit the picture when its room changes (window resize, presentation, code pane shown).
    // Compared with the room the last render drew for: the observer's first call (on observe)
    // would otherwise draw the whole picture a second time while the page loads.
    let raf = 0;
    new ResizeObserver(() => {
      if (raf) return;
      raf = requestAnimationFrame(() => {
        raf = 0;
        const b = this.pictureBox(true);
        if (`${b.width}x${b.height}` !== this.drawnFor && this.timeline) this.render(false);
      });
    }).observe($<HTMLElement>(this.root, '.sim-stage'));
    this.setSpeed(this.speed);
  }

  /** Runs a program that is not one of the scenarios (the frame-time benchmark uses it). */
  loadProgram(config: Config, seed: number): void {
    this.load({ ...this.scenario, config, seed, actions: [], source: '' }, seed, config, []);
  }

  /** For tests and the bench: the current timeline and the measured run length. */
  get current(): Timeline<Config, State, Action> {
    return this.timeline;
  }
  get measuredLength(): { n: number; done: boolean } {
    return this.length;
  }
}
