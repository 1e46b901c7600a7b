// Runs inline in <head> before first paint (so a stored choice never flashes the wrong theme).
// Without a stored choice the page follows the system through CSS color-scheme alone.
(() => {
  const root = document.documentElement;
  // Marks that scripts run, so CSS can show controls that need them from the first paint.
  root.classList.add('js');
  const media = matchMedia('(prefers-color-scheme: dark)');
  let stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : media.matches);
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(isDark()));
    }
  };
  document.addEventListener('DOMContentLoaded', sync);
  media.addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {}
    sync();
  });
})();
