// Keyboard control (DESIGN.md › Simulator UI): Space, ←, →, Home, +/−, F, P, C, S, ?, Esc.
// Keys act page-wide for the page's simulator, except while the reader types in a field or
// uses a control that needs the key itself (a focused range slider keeps its arrows).

export type KeyCommands = {
  togglePlay(): void;
  forward(): void;
  back(): void;
  reset(): void;
  faster(): void;
  slower(): void;
  fullscreen(): void;
  present(): void;
  code(): void;
  settings(): void;
  help(): void;
  escape(): void;
};

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  // A closed select has no use for Esc (an open one's popup takes the key before the page does).
  if (tag === 'SELECT' && key === 'Escape') return false;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    if (type === 'range') return key.startsWith('Arrow') || key === 'Home' || key === 'End';
    return type !== 'checkbox' && type !== 'radio' && type !== 'button';
  }
  // After clicking Step or Back the button keeps focus; Space must still mean play/pause there.
  if (tag === 'BUTTON' && key === ' ' && target.closest('.sim-bar [role="group"]')) return false;
  // A focused button or link activates itself with Space/Enter.
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (key === ' ' || key === 'Enter')) return true;
  return false;
}

function otherLayerOpen(root: HTMLElement, target: EventTarget | null): boolean {
  if (target instanceof Element && !root.contains(target) && target.closest('dialog, [popover]')) return true;
  for (const d of document.querySelectorAll<HTMLElement>('dialog[open], [popover]:popover-open')) {
    if (!root.contains(d)) return true;
  }
  return false;
}

export function bindKeyboard(root: HTMLElement, cmd: KeyCommands): void {
  // Only the first simulator on a page takes page-wide keys; others react when focused inside.
  const pageWide = document.querySelector('.sim-shell') === root;
  const scope: HTMLElement | Document = pageWide ? document : root;
  scope.addEventListener('keydown', (ev) => {
    const e = ev as KeyboardEvent;
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (ownsKey(e.target, e.key)) return;
    // Another open dialog or popover (search, diagram viewer, the mobile menu) has the keys.
    if (pageWide && otherLayerOpen(root, e.target)) return;
    // The help dialog is modal: inside it only Esc does something.
    const dialog = root.querySelector<HTMLDialogElement>('.sim-help');
    if (dialog?.open && e.key !== 'Escape') return;
    const map: Record<string, () => void> = {
      ' ': cmd.togglePlay,
      ArrowRight: cmd.forward,
      ArrowLeft: cmd.back,
      Home: cmd.reset,
      '+': cmd.faster,
      '=': cmd.faster,
      '-': cmd.slower,
      '−': cmd.slower,
      f: cmd.fullscreen,
      F: cmd.fullscreen,
      p: cmd.present,
      P: cmd.present,
      c: cmd.code,
      C: cmd.code,
      s: cmd.settings,
      S: cmd.settings,
      '?': cmd.help,
      Escape: cmd.escape,
    };
    const fn = map[e.key];
    if (!fn) return;
    e.preventDefault();
    fn();
  });
}
