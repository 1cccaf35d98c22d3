// Diagrams wider than the column (see src/plugins/rehype-diagram-frame.mjs): show the scroll hint
// and the Enlarge button only when a frame overflows, and open the diagram full screen, at its
// natural size, with zoom buttons (+/− keys) and native scrolling to pan. Loaded only on pages
// with diagrams.
const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3];

function naturalWidth(svg: SVGSVGElement): number {
  return svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
}

function enlarge(wrap: HTMLElement): void {
  const figure = wrap.querySelector<HTMLElement>('figure.diagram');
  const svg = figure?.querySelector<SVGSVGElement>('svg');
  if (!figure || !svg) return;
  const { zoomIn = '+', zoomOut = '−', close = '×' } = wrap.dataset;
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-label', figure.getAttribute('aria-label') ?? '');
  const bar = document.createElement('div');
  bar.className = 'diagram-dialog-bar';
  const button = (label: string, text: string, onClick: () => void): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    bar.append(b);
    return b;
  };
  const stage = document.createElement('div');
  stage.className = 'diagram-dialog-stage';
  stage.tabIndex = 0;
  // The diagram itself moves into the dialog (no copy: its ids and scoped styles stay unique).
  const marker = document.createComment('diagram');
  svg.replaceWith(marker);
  stage.append(svg);
  let z = ZOOMS.indexOf(1);
  const apply = (): void => {
    svg.style.setProperty('--diagram-width', `${naturalWidth(svg) * ZOOMS[z]!}px`);
  };
  button(zoomOut, '−', () => { z = Math.max(0, z - 1); apply(); });
  button(zoomIn, '+', () => { z = Math.min(ZOOMS.length - 1, z + 1); apply(); });
  button(close, '×', () => dialog.close());
  dialog.append(bar, stage);
  dialog.addEventListener('keydown', (e) => {
    // Keys pressed in this modal are for it alone: a page-wide listener (the simulator's
    // shortcuts on a chapter with an inline simulator) would otherwise cancel Esc or step behind it.
    e.stopPropagation();
    if (e.key === '+' || e.key === '=') { z = Math.min(ZOOMS.length - 1, z + 1); apply(); }
    if (e.key === '-') { z = Math.max(0, z - 1); apply(); }
  });
  dialog.addEventListener('close', () => {
    svg.style.removeProperty('--diagram-width');
    marker.replaceWith(svg);
    dialog.remove();
    wrap.querySelector<HTMLElement>('.diagram-enlarge')?.focus();
  });
  apply();
  document.body.append(dialog);
  dialog.showModal();
  // Start at the top centre, where a top-down diagram starts.
  stage.scrollLeft = (stage.scrollWidth - stage.clientWidth) / 2;
  stage.focus();
}

const wraps = document.querySelectorAll<HTMLElement>('.diagram-wrap');
if (wraps.length > 0) {
  const observer = new ResizeObserver((entries) => {
    // Every frame is measured before any tools change: a write between two reads made the browser
    // restyle the whole page once per diagram.
    const fits = entries
      // While its diagram is enlarged the frame is empty: keep the tools as they were.
      .filter(({ target }) => target.querySelector('svg'))
      .map(({ target }) => [target.nextElementSibling as HTMLElement | null, target.scrollWidth <= target.clientWidth + 1] as const);
    for (const [tools, fit] of fits) if (tools && tools.hidden !== fit) tools.hidden = fit;
  });
  for (const wrap of wraps) {
    const figure = wrap.querySelector('figure.diagram');
    if (figure) observer.observe(figure);
    wrap.querySelector('.diagram-enlarge')?.addEventListener('click', () => enlarge(wrap));
  }
}
