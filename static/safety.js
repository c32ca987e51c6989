/*! Quick exit for the safe-browsing advice pages (safety.html, safety.es.html): the same button
 * and Shift x3 shortcut as the widget. The exit destination comes from ?exit= (set by embed.js
 * from the partner's data-exit-url), if it is an http(s) URL. The status line's words are the
 * page's own (data-two-more, data-one-more on it), so each language's page carries them. ?region=
 * (the widget's data-region) picks which country's emergency numbers the page shows.
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

  // The emergency paragraph for the widget's data-region (?region=), in place of the US one; a
  // region the page has no paragraph for gets the international one, never another country's.
  var region = new URLSearchParams(location.search).get('region');
  var paragraphs = document.querySelectorAll('p[data-region]');
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
    // The page already sets <meta name="referrer" content="no-referrer">.
    location.replace(destination);
  }

  document.getElementById('quick-exit').addEventListener('click', leave);

  var presses = 0;
  var lastKeyHadShift = false;
  var timer = null;
  var status = document.getElementById('quick-exit-status');
  window.addEventListener('keyup', function (event) {
    if (event.key === 'Shift' && !lastKeyHadShift) {
      presses += 1;
      clearTimeout(timer);
      if (presses >= 3) {
        leave();
        return;
      }
      status.textContent = presses === 1 ? status.getAttribute('data-two-more') : status.getAttribute('data-one-more');
      timer = setTimeout(function () {
        presses = 0;
        status.textContent = '';
      }, 5000);
    } else if (presses > 0) {
      presses = 0;
      status.textContent = '';
    }
    lastKeyHadShift = event.shiftKey;
  }, true);

  window.addEventListener('pageshow', function (event) {
    if (event.persisted) document.body.classList.remove('leaving');
  });
})();
