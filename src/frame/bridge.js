// The bridge to the WebAssembly module: fetching its files (each checked with Subresource
// Integrity), compiling it, starting it with what it asks the frame for, and saying in the
// console why it could not start. Nothing here draws: main.js shows the help details in every
// host when the module fails.

import { warn } from './dom.js';

/**
 * The files this script loads, checked with Subresource Integrity. The build (scripts/post-build,
 * a Trunk post_build hook) rewrites this one line in dist/embed.js: the content-hashed names of
 * the .wasm and of the module's glue (hosts may cache them for good) and the SHA-384 of them and
 * of each built-in pack, by path below this folder.
 * @type {{ wasm: string, glue: string, integrity: Record<string, string> }}
 */
const FILES = { wasm: 'know-the-signs_bg.wasm', glue: 'know-the-signs.js', integrity: {} };

/**
 * wasm-bindgen's no-modules glue, once initialised: the module's exports (src/bridge/mod.rs).
 * `start` once; then `mount` per widget, which returns its quiz (with `destroy()`).
 * @typedef {{ start: (base: string, prefetched: (url: string) => Promise<Response> | undefined,
 *   earlyStart: (host: Element) => string) => void,
 *   mount: (host: Element, quiz: HTMLElement | null, facts: HTMLElement | null, settings: object) =>
 *   import('./frame.js').Quiz }} Glue
 */

// A reason for failing that comes from fetching the files (where the host's setup is the likely
// cause), not from the browser itself (no WebAssembly, no TextEncoder).
const FETCHING = /fetch|import|HTTP|network/i;
// A reason that names the page's own policy (setScriptSrc()).
const POLICY = /Content-Security-Policy/;
// A file that is not the one this embed.js was built with (refused()).
const CHANGED = /failed its integrity check/;
// A file that is not on the server (refused()).
const MISSING = /is not on the server/;
/**
 * True for the module's own trap: a panic in the release build is `unreachable` at once
 * (-Cpanic=immediate-abort, scripts/build), a WebAssembly.RuntimeError whose stack runs through
 * the .wasm, its glue or this script (`script`: its URL, '' if unknown). Another script's
 * WebAssembly is not ours.
 * @param {unknown} error
 * @param {string} script
 */
function isTrap(error, script) {
  const stack = typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError ? String(error.stack) : '';
  return !!stack && [FILES.wasm, FILES.glue, script].some((file) => !!file && stack.indexOf(file) >= 0);
}

/**
 * Sets `element`'s src to `url`: through a Trusted Types policy, named know-the-signs, that passes
 * this one URL and no other, where the browser has them (a page that enforces them refuses a
 * plain string there); as a plain string where it has not, or where the page's
 * Content-Security-Policy does not allow that policy (then it throws if the page enforces them).
 * @param {HTMLScriptElement} element
 * @param {string} url
 */
function setScriptSrc(element, url) {
  /** @type {any} */
  let src = url;
  try {
    src = /** @type {any} */ (window).trustedTypes.createPolicy('know-the-signs', { createScriptURL: () => url })
      .createScriptURL('');
  } catch (noPolicy) { /* no Trusted Types, or not this policy: a plain string */ }
  try {
    element.src = src;
  } catch (refused) {
    throw new Error('this page\'s Content-Security-Policy (trusted-types) does not allow the Trusted Types ' +
      'policy "know-the-signs", which loads the module\'s glue');
  }
}

/** A request for a file's status only, as the widget's other requests are made. @type {RequestInit} */
const HEAD = { method: 'HEAD', referrerPolicy: 'no-referrer', credentials: 'omit', cache: 'no-store' };

/** True when the server says it does not have the file (HTTP 404 or 410). @param {Response} response */
const gone = (response) => response.status === 404 || response.status === 410;

/** @param {string} reason */
const cannotStart = (reason) => 'Know the Signs: the quiz could not start (' + reason + '). Showing the help details only.';

/**
 * The bridge to the module in `base` (the folder of embed.js, whose own URL is `script`, '' if
 * unknown, and whose nonce is `nonce`, '' if none): nothing is requested until `prefetch` and
 * `start` are called (after the frame's first paint: main.js).
 * @param {string} base
 * @param {string} script
 * @param {string} nonce
 */
export function openBridge(base, script, nonce) {
  /** @type {Record<string, boolean>} file name -> it has arrived */
  const arrived = {};
  // What this page's Content-Security-Policy blocked of the widget (its files, or compiling the
  // .wasm), as 'directive (what)' strings, so a failure names the policy rather than the host.
  /** @type {string[]} */
  const blockedByPolicy = [];
  let explained = false; // the failure has been written to the console
  let broken = false; // the module trapped: it is not called again
  let failedToStart = false;
  const policyHint = () => 'This page\'s Content-Security-Policy blocked ' + blockedByPolicy.join(', ') +
    ': allow the widget\'s origin and \'wasm-unsafe-eval\' as the README, "Visitor safety", shows.';
  document.addEventListener('securitypolicyviolation', (event) => {
    let what = event.blockedURI || '';
    if (what.indexOf(base) === 0) what = what.slice(base.length);
    else if (what !== 'wasm-eval' && what !== 'eval') return;
    const blocked = (event.effectiveDirective || event.violatedDirective) + ' (' + what + ')';
    if (blockedByPolicy.indexOf(blocked) < 0) blockedByPolicy.push(blocked);
    if (failedToStart && explained) console.error('Know the Signs: ' + policyHint());
  });

  /**
   * Fetches one of the widget's own files (`name`, a path below this folder) with its SHA-384
   * from FILES.integrity: the browser refuses a file whose bytes are not the ones built. A
   * refusal looks like a network error, so then the file is asked for once more, for its status
   * only: if it is there, it was refused for its content, and the error names it; if it is not
   * (404, 410), the error says so.
   * @param {string} name
   * @param {RequestInit} init
   * @param {boolean} [explainLater] reject at once, with unexplained()
   * @returns {Promise<Response>}
   */
  function fetchChecked(name, init, explainLater = false) {
    init.referrerPolicy = 'no-referrer'; // the widget's host need not learn the page
    init.credentials = 'omit';
    init.integrity = FILES.integrity[name] || '';
    return fetch(base + name, init).catch((error) => {
      if (!init.integrity || (error && /Abort|Timeout/.test(error.name))) throw error;
      if (explainLater) throw unexplained(name, error);
      return refused(name, error);
    });
  }

  /**
   * A failure to have `name` whose cause refused() is to find out later, for the console: the
   * module's files fail visitors at once, without waiting for that request.
   * @param {string} name
   * @param {unknown} error
   */
  function unexplained(name, error) {
    return Object.assign(new Error(name + ' could not be fetched'), { refusedFile: name, refusal: error });
  }

  /**
   * Rejects with why `name` (a file checked with its hash) could not be had: asked for once more,
   * for its status only; if it is there, it was refused for its content, and the error names it;
   * if it is not (404, 410), the error says so; otherwise `error` (a network or CORS failure).
   * @param {string} name
   * @param {unknown} error
   * @returns {Promise<never>}
   */
  function refused(name, error) {
    return fetch(base + name, HEAD)
      .then((response) => {
        if (response.ok) {
          throw new Error(name + ' failed its integrity check: it is not the file this embed.js was built with, ' +
            'so it was not used');
        }
        throw gone(response) ? new Error(name + ' is not on the server (HTTP ' + response.status + ')') : error;
      }, () => {
        throw error;
      });
  }

  /**
   * Of the files this embed.js loads, those the server says it does not have (HTTP 404 or 410),
   * by name: when one is missing, the partner is told of all of them at once.
   * @returns {Promise<string[]>}
   */
  function absent() {
    const names = Object.keys(FILES.integrity);
    return Promise.all(names.map((name) => fetch(base + name, HEAD).then(gone, () => false)))
      .then((missing) => names.filter((name, i) => missing[i]));
  }

  // Each host's built-in pack, requested at boot in parallel with the module (with the options
  // the module would use) rather than after it has started; the module takes each request once.
  // Partner packs (data-pack) are left to the module.
  /** @type {Record<string, Promise<Response>>} URL -> the request */
  const prefetches = Object.create(null);
  /** @param {string} url */
  function requestPack(url) {
    /** @type {RequestInit} */
    const init = {};
    if (typeof AbortSignal === 'function' && AbortSignal.timeout) init.signal = AbortSignal.timeout(15000);
    // The body is read as soon as it arrives, within the time limit: on a slow network the
    // module can come long after the pack, and the limit must not then cut off an unread body.
    const request = fetchChecked(url.slice(base.length), init).then((response) =>
      response.blob().then((body) => new Response(body, { status: response.status, statusText: response.statusText })));
    request.catch(() => { /* reported by the module */ });
    return request;
  }

  /**
   * The module asks here first for every pack. A built-in one that was not requested at boot (a
   * host added later, another language) is requested now, so it is checked like the others;
   * for any other (a partner's data-pack) the module makes its own request.
   * @param {string} url
   */
  function takePrefetched(url) {
    let request = prefetches[url];
    delete prefetches[url];
    if (!request && FILES.integrity[url.slice(base.length)] && url.indexOf(base) === 0) request = requestPack(url);
    return request;
  }

  /**
   * Runs the module's glue (wasm-bindgen's no-modules output) as a classic script checked with
   * its hash, since import() can carry none. scripts/post-build wraps it in a function, so it
   * names nothing global, and ends it by handing its exports to the script element that ran it.
   * The element takes embed.js's nonce, for pages whose Content-Security-Policy allows scripts
   * by nonce, and its URL through a Trusted Types policy named know-the-signs on pages that
   * enforce them; it leaves the page once it has run.
   * @returns {Promise<any>} wasm-bindgen's init function, with the module's exports on it
   */
  function runGlue() {
    let notLoaded = false; // the browser could not fetch it, or refused its content
    return new Promise((resolve, reject) => {
      const element = /** @type {HTMLScriptElement & { knowTheSigns?: unknown }} */ (document.createElement('script'));
      element.onload = () => {
        arrived[FILES.glue] = true;
        element.remove();
        if (element.knowTheSigns) resolve(element.knowTheSigns);
        else reject(new Error(FILES.glue + ' did not run: this browser lacks something it needs'));
      };
      element.onerror = () => {
        notLoaded = true;
        element.remove();
        reject(new Error(FILES.glue + ' could not be fetched'));
      };
      element.crossOrigin = 'anonymous';
      element.referrerPolicy = 'no-referrer';
      element.integrity = FILES.integrity[FILES.glue] || '';
      if (nonce) element.nonce = nonce;
      setScriptSrc(element, base + FILES.glue);
      (document.head || document.documentElement).appendChild(element);
    }).catch((error) => Promise.reject(notLoaded && FILES.integrity[FILES.glue] ? unexplained(FILES.glue, error) : error));
  }

  /**
   * Response -> Promise<WebAssembly.Module>. Streaming compilation needs the application/wasm
   * type; a host that sends another still works, compiling after the download (slower).
   * @param {Response} response
   */
  function compile(response) {
    if (!response.ok) throw new Error('the module could not be fetched (HTTP ' + response.status + ')');
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
    if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response);
    }
    if (type !== 'application/wasm') {
      warn('the .wasm file is served as "' + type + '", not application/wasm; it loads more slowly. See the README, hosting.');
    }
    return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  }

  // Fetches the wasm and runs the glue, in parallel; compiles the wasm once it has arrived and
  // passed its integrity check; resolves to the initialised glue.
  /** @returns {Promise<Glue>} */
  function load() {
    if (typeof WebAssembly !== 'object') return Promise.reject(new Error('this browser has no WebAssembly'));
    const wasm = fetchChecked(FILES.wasm, {}, true).then(compile).then((module) => {
      arrived[FILES.wasm] = true;
      return module;
    });
    wasm.catch(() => { /* reported by the init below */ });
    return runGlue().then((init) => init({ module_or_path: wasm }).then(() => init));
  }

  /**
   * Says in the console why the module could not start (`error`, its cause) and what to do.
   * After a task: a policy violation is reported in a task of its own, which may come after the
   * rejection that brought us here. A file missing: which others are missing too.
   * @param {any} error
   */
  function explain(error) {
    const reason = error && error.message ? error.message : String(error);
    (MISSING.test(reason) ? absent() : Promise.resolve([])).then((missing) => setTimeout(() => {
      console.error(cannotStart(reason) +
        (missing.length > 1 ? ' Missing on the server: ' + missing.join(', ') + '.' : '') +
        (base.indexOf('file:') === 0 ? ' Open the page through a web server, not as a file: browsers load no ' +
          'module from file: addresses.' :
          blockedByPolicy.length ? ' ' + policyHint() :
            POLICY.test(reason) ? ' See the README, "Visitor safety".' :
              CHANGED.test(reason) || MISSING.test(reason) ?
                ' Upload every file of one build, unchanged and in its folders, beside embed.js' +
                (CHANGED.test(reason) ? ' (a host or proxy that rewrites files breaks this).' : '.') :
                FETCHING.test(reason) ?
                  ' If the widget\'s files are on another origin than this page, their server must send CORS headers ' +
                  '(Access-Control-Allow-Origin) and .wasm files as application/wasm: see the README, "Hosting dist/".' :
                  ' This browser lacks something the quiz needs; the help details work in it.'));
      explained = true;
    }, 0));
  }

  /** @type {Promise<Glue> | null} */
  let loading = null;

  return {
    /**
     * Requests the built-in pack at each of `urls` now (each once), for the module to take.
     * @param {string[]} urls
     */
    prefetch(urls) {
      urls.forEach((url) => {
        if (!prefetches[url]) prefetches[url] = requestPack(url);
      });
    },

    /**
     * Fetches and compiles the module, then starts it; as it mounts a widget's quiz, it asks
     * `earlyStart(host)` what the visitor did with the frame's content note. `started` is called
     * with the running module, to mount quizzes with (`mount` returns null, and `destroy` does
     * nothing, once it has broken); `failed(loaded)` if it could not start (`loaded` false) or
     * broke later (trapped), after the console has been told why.
     * @param {{ earlyStart: (host: Element) => string,
     *   started: (module: import('./frame.js').Module) => void, failed: (loaded: boolean) => void }} on
     */
    start(on) {
      if (!loading) loading = load();
      loading.then((glue) => {
        /** @type {any} */
        const caught = (/** @type {unknown} */ error) => {
          if (broken || !isTrap(error, script)) return false;
          broken = true;
          console.error('Know the Signs: internal error; the quiz stopped, and every widget shows the help details only.', error);
          on.failed(true);
          return true;
        };
        // A trap in a task the module runs on its own (a click it handles, a pack that arrived)
        // reaches the page as an uncaught error or an unhandled rejection.
        window.addEventListener('error', (event) => {
          if (caught(event.error)) event.preventDefault();
        });
        window.addEventListener('unhandledrejection', (event) => {
          if (caught(event.reason)) event.preventDefault();
        });
        glue.start(base, takePrefetched, on.earlyStart);
        on.started({
          mount(host, quiz, facts, settings) {
            try {
              const mounted = glue.mount(host, quiz, facts, settings);
              return {
                destroy() {
                  try {
                    mounted.destroy();
                  } catch (error) {
                    if (!caught(error)) throw error;
                  }
                }
              };
            } catch (error) {
              if (caught(error)) return null;
              throw error;
            }
          }
        });
      }).catch((failure) => {
        failedToStart = true;
        on.failed(false); // visitors at once; the console once the cause is known
        (failure && failure.refusedFile ? refused(failure.refusedFile, failure.refusal) : Promise.reject(failure))
          .catch(explain);
      });
    },

    /** The files that have not arrived yet, for the message when the module is slow. */
    missing() {
      return [FILES.glue, FILES.wasm].filter((file) => !arrived[file]);
    }
  };
}
