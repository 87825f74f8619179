// Copy-link enhancement: a "#" link next to each numbered part still navigates to its anchor
// without JavaScript; with it, the full address is also copied and announced.
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element && e.target.closest('a[data-copy-link]');
  if (!a || !navigator.clipboard) return;
  const url = location.origin + location.pathname + a.getAttribute('href');
  navigator.clipboard.writeText(url).then(() => {
    let s = document.getElementById('copy-status');
    if (!s) { s = document.createElement('p'); s.id = 'copy-status'; s.setAttribute('role', 'status'); s.className = 'copy-status'; document.body.append(s); }
    s.textContent = 'Đã sao chép liên kết: ' + url;
    clearTimeout(s._t); s._t = setTimeout(() => { s.textContent = ''; }, 4000);
  }, () => {});
});
