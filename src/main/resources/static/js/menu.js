/*
 * The main menu on a phone: folded behind a « Menu » button (aria-expanded tells its state; Escape folds it
 * again). Progressive enhancement: without this script the menu is simply shown unfolded. On a wide screen
 * the button is hidden by the style sheet and the menu is always shown.
 */
(function () {
  'use strict';
  var navs = document.querySelectorAll('.main-nav');
  Array.prototype.forEach.call(navs, function (nav) {
    var button = nav.querySelector('.nav-toggle');
    if (!button) { return; }
    function set(open) {
      nav.classList.toggle('nav-collapsed', !open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.hidden = false;
    set(false);
    button.addEventListener('click', function () {
      set(nav.classList.contains('nav-collapsed'));
    });
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !nav.classList.contains('nav-collapsed') && button.offsetParent !== null) {
        set(false);
        button.focus();
      }
    });
  });
}());

/*
 * The back-office bar's groups (details/summary): opening one closes the others; a click elsewhere or Escape closes
 * them (Escape gives the focus back to the group's title). Without this script each group opens and closes alone.
 */
(function () {
  'use strict';
  var groups = document.querySelectorAll('.main-nav .nav-group details');
  if (!groups.length) { return; }
  function closeAll(except) {
    Array.prototype.forEach.call(groups, function (d) { if (d !== except) { d.open = false; } });
  }
  Array.prototype.forEach.call(groups, function (d) {
    d.addEventListener('toggle', function () { if (d.open) { closeAll(d); } });
    d.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && d.open) {
        d.open = false;
        d.querySelector('summary').focus();
        event.stopPropagation();
      }
    });
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.main-nav .nav-group')) { closeAll(null); }
  });
}());
