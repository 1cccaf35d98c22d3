// Registers the service worker and tells the reader when a new deploy is ready.
// This is the only project script on content pages, so it stays small (budget: 2 KB gzip).

const TEXT = {
  en: { msg: 'A new version of Go Atlas is available.', reload: 'Reload', later: 'Later' },
  zh: { msg: 'Go Atlas 有新版本可用。', reload: '刷新', later: '稍后' },
};

function showNotice(worker: ServiceWorker): void {
  if (document.getElementById('sw-update')) return;
  const t = document.documentElement.lang.toLowerCase().startsWith('zh') ? TEXT.zh : TEXT.en;
  const box = document.createElement('div');
  box.id = 'sw-update';
  box.setAttribute('role', 'status');
  box.className = 'sw-update';
  const msg = document.createElement('span');
  msg.textContent = t.msg;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t.reload;
  // The waiting worker takes over; 'controllerchange' below then reloads the page.
  reload.onclick = () => worker.postMessage({ type: 'SKIP_WAITING' });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = t.later;
  later.onclick = () => box.remove();
  box.append(msg, reload, later);
  document.body.append(box);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const base = import.meta.env.BASE_URL;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then((reg) => {
      if (!reg) return; // service workers blocked (some privacy modes, test browsers)
      const hadController = !!navigator.serviceWorker.controller;
      if (reg.waiting && hadController) showNotice(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          // Only an update (a page already controlled) prompts; the first install is silent.
          if (next.state === 'installed' && navigator.serviceWorker.controller) showNotice(next);
        });
      });
      // A tab left open for days still learns about new deploys.
      setInterval(() => void reg.update().catch(() => undefined), 60 * 60 * 1000);
    }, () => undefined);
  });
}
