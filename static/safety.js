/*! Quick exit for the safe-browsing advice pages (safety.html, safety.es.html): the same button
 * and Shift x3 shortcut as the widget. The exit destination comes from ?exit= (set by embed.js
 * from the partner's data-exit-url), if it is an http(s) URL. The status line's words are the
 * page's own (data-two-more, data-one-more, data-timed-out on it), so each language's page
 * carries them. ?region= (the widget's data-region) picks which country's emergency numbers the
 * page shows.
 */
(function () {
  'use strict';
  var destination = 'https://weather.com/';
  try {
    var asked = new URL(new URLSearchParams(location.search).get('exit') || '', location.href);
    if (asked.protocol === 'https:' || asked.protocol === 'http:') destination = asked.href;
  } catch (e) {
    /* keep the default */
  }

  // The help details for the widget's data-region (?region=), in place of the default region's; a
  // region the page has no block for gets the international one, never another country's.
  var region = new URLSearchParams(location.search).get('region');
  var paragraphs = document.querySelectorAll('[data-region]');
  var chosen = null;
  var intl = null;
  for (var i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].getAttribute('data-region') === region) chosen = paragraphs[i];
    if (paragraphs[i].getAttribute('data-region') === 'intl') intl = paragraphs[i];
  }
  if (region !== null && !chosen) chosen = intl;
  for (var j = 0; chosen && j < paragraphs.length; j++) paragraphs[j].hidden = paragraphs[j] !== chosen;

  function leave() {
    document.body.classList.add('leaving');
    // The tab stops naming this page until the next site has loaded (the words are the page's own).
    document.title = status.getAttribute('data-leaving');
    // The page already sets <meta name="referrer" content="no-referrer">.
    location.replace(destination);
  }

  document.getElementById('quick-exit').addEventListener('click', leave);

  // As in embed.js: only Shift pressed and released on its own counts. Shift held for a click, a
  // scroll, another key (capitals, selection) or with Ctrl, Alt or Meta does not.
  var presses = 0;
  var lastKeyHadShift = false;
  var shiftDown = 0;
  var shiftUsed = false;
  var timer = null;
  var status = document.getElementById('quick-exit-status');
  function reset(key) {
    presses = 0;
    clearTimeout(timer);
    status.textContent = key ? status.getAttribute(key) : '';
  }
  window.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      shiftDown += 1;
      if (shiftDown > 1) shiftUsed = true;
    } else if (shiftDown > 0 || event.shiftKey) {
      shiftUsed = true;
    }
  }, true);
  function withShift(event) {
    if (event.shiftKey) shiftUsed = true;
  }
  window.addEventListener('pointerdown', withShift, true);
  window.addEventListener('wheel', withShift, { capture: true, passive: true });
  window.addEventListener('keyup', function (event) {
    var alone = event.key === 'Shift' && !lastKeyHadShift && !shiftUsed && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Shift') {
      shiftDown = Math.max(0, shiftDown - 1);
      if (shiftDown === 0) shiftUsed = false;
    }
    if (alone) {
      presses += 1;
      clearTimeout(timer);
      if (presses >= 3) {
        leave();
        return;
      }
      status.textContent = presses === 1 ? status.getAttribute('data-two-more') : status.getAttribute('data-one-more');
      // As the widget: when the 5 seconds run out, say the shortcut was cancelled, then clear.
      timer = setTimeout(function () {
        reset('data-timed-out');
        timer = setTimeout(reset, 5000);
      }, 5000);
    } else if (presses > 0) {
      reset();
    }
    lastKeyHadShift = event.shiftKey;
  }, true);

  window.addEventListener('pageshow', function (event) {
    if (event.persisted) document.body.classList.remove('leaving');
  });
})();
