// Links a simulator view's stylesheet once, when its mechanism loads, and waits for it, so the
// first picture is drawn styled. Only pages that show the simulator download it.
const loading = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let p = loading.get(href);
  if (!p) {
    p = new Promise<void>((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      // A failed stylesheet must not stop the simulator: it still works, only plainer.
      link.onload = link.onerror = () => done();
      document.head.append(link);
    });
    loading.set(href, p);
  }
  return p;
}
