// Pointage: sends each tap with fetch; while the network is down, keeps the taps in localStorage and sends them
// in order when it is back. Each tap has its own id, so a tap sent twice is recorded once by the server.
(function () {
  'use strict';
  var KEY = 'pointage-file';
  var banner = document.getElementById('pointage-etat');
  var sending = false;

  function queue() {
    try { return JSON.parse(localStorage.getItem(KEY) || '[]'); } catch (e) { return []; }
  }
  function save(q) { localStorage.setItem(KEY, JSON.stringify(q)); }
  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'tap-' + Date.now() + '-' + Math.random().toString(36).slice(2, 12);
  }
  function show(text) {
    if (!banner) { return; }
    banner.hidden = !text;
    banner.textContent = text || '';
  }
  function pending() {
    var n = queue().length;
    if (n > 0) {
      show(banner.getAttribute('data-offline').replace('{0}', n));
    } else {
      show('');
    }
  }
  function updateCard(id, data) {
    var card = document.getElementById('r-' + id);
    if (!card) { return; }
    card.setAttribute('data-state', data.state);
    var status = card.querySelector('.checkin-status');
    if (!status) { return; }
    status.textContent = data.label || '';
  }
  function flush() {
    if (sending) { return; }
    var q = queue();
    if (q.length === 0) { pending(); return; }
    sending = true;
    var tap = q[0];
    fetch(tap.url, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(tap.fields).toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      sending = false;
      if (response.ok) {
        return response.json().then(function (data) {
          save(queue().slice(1));
          updateCard(tap.fields.reservation, data);
          flush();
        });
      }
      if (response.status >= 400 && response.status < 500) {
        // refused (not retried): say so and go on with the next tap
        save(queue().slice(1));
        show(banner.getAttribute('data-error'));
        setTimeout(flush, 1500);
        return;
      }
      pending();
      setTimeout(flush, 3000);
    }).catch(function () {
      sending = false;
      pending();
      setTimeout(flush, 3000);
    });
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('tap-form')) { return; }
    event.preventDefault();
    var fields = {};
    new FormData(form).forEach(function (value, name) { fields[name] = value; });
    fields.tap = newId();
    fields.at = String(Date.now());
    var q = queue();
    // getAttribute: the form's field named "action" shadows form.action
    q.push({ url: form.getAttribute('action'), fields: fields });
    save(q);
    var card = document.getElementById('r-' + fields.reservation);
    if (card) { card.setAttribute('data-state', 'SENDING'); }
    flush();
  });
  window.addEventListener('online', flush);
  flush();
})();
