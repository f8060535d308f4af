/*
 * Agenda: the day menu ("Demande de réservation", "Annuler") on right click, click/tap and keyboard.
 * Progressive enhancement: without this script the page works with the checkboxes and the two buttons.
 */
(function () {
  'use strict';

  function init() {
    var form = document.getElementById('agenda-form');
    if (!form) { return; }
    var labels = { demander: form.dataset.labelRequest, annuler: form.dataset.labelCancel };
    var submitters = { demander: document.getElementById('bouton-demander'), annuler: document.getElementById('bouton-annuler') };
    var menu = document.createElement('ul');
    menu.className = 'context-menu';
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', form.dataset.labelMenu || '');
    menu.hidden = true;
    document.body.appendChild(menu);
    var opener = null;

    function close(returnFocus) {
      if (menu.hidden) { return; }
      menu.hidden = true;
      if (opener) {
        var button = opener.querySelector('.day-menu-button');
        if (button) { button.setAttribute('aria-expanded', 'false'); if (returnFocus) { button.focus(); } }
      }
      opener = null;
    }

    function choose(cell, action) {
      form.querySelectorAll('.day-check').forEach(function (box) { box.checked = false; });
      var box = cell.querySelector('.day-check');
      if (box) { box.checked = true; }
      close(false);
      if (form.requestSubmit) { form.requestSubmit(submitters[action]); } else { submitters[action].click(); }
    }

    function open(cell, x, y, focusFirst) {
      close(false);
      opener = cell;
      menu.innerHTML = '';
      (cell.dataset.actions || '').trim().split(/\s+/).forEach(function (action) {
        if (!labels[action]) { return; }
        var li = document.createElement('li');
        li.setAttribute('role', 'none');
        var item = document.createElement('button');
        item.type = 'button';
        item.setAttribute('role', 'menuitem');
        item.className = 'context-menu-item';
        item.dataset.action = action;
        item.textContent = labels[action];
        item.addEventListener('click', function () { choose(cell, action); });
        li.appendChild(item);
        menu.appendChild(li);
      });
      if (!menu.firstChild) { opener = null; return; }
      menu.hidden = false;
      var width = menu.offsetWidth, height = menu.offsetHeight;
      var left = Math.min(x, window.scrollX + document.documentElement.clientWidth - width - 8);
      var top = Math.min(y, window.scrollY + document.documentElement.clientHeight - height - 8);
      menu.style.left = Math.max(window.scrollX + 8, left) + 'px';
      menu.style.top = Math.max(window.scrollY + 8, top) + 'px';
      var button = cell.querySelector('.day-menu-button');
      if (button) { button.setAttribute('aria-expanded', 'true'); }
      if (focusFirst) { menu.querySelector('[role=menuitem]').focus(); }
    }

    form.querySelectorAll('td.day-actionable').forEach(function (cell) {
      var button = cell.querySelector('.day-menu-button');
      if (button) {
        button.hidden = false;
        button.addEventListener('click', function (event) {
          event.stopPropagation();
          var rect = button.getBoundingClientRect();
          open(cell, rect.left + window.scrollX, rect.bottom + window.scrollY, true);
        });
      }
      cell.addEventListener('contextmenu', function (event) {
        event.preventDefault();
        open(cell, event.pageX, event.pageY, true);
      });
      cell.addEventListener('click', function (event) {
        if (event.target.closest('input, label, button')) { return; }
        open(cell, event.pageX, event.pageY, true);
      });
    });

    menu.addEventListener('keydown', function (event) {
      var items = Array.prototype.slice.call(menu.querySelectorAll('[role=menuitem]'));
      var index = items.indexOf(document.activeElement);
      if (event.key === 'ArrowDown') { event.preventDefault(); items[(index + 1) % items.length].focus(); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); items[(index - 1 + items.length) % items.length].focus(); }
      else if (event.key === 'Escape') { event.preventDefault(); close(true); }
      else if (event.key === 'Tab') { close(false); }
    });
    document.addEventListener('click', function (event) {
      if (!menu.hidden && !menu.contains(event.target) && !(opener && opener.contains(event.target))) { close(false); }
    });
    document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { close(true); } });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
