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
