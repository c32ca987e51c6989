// How the tests start Debian's Chromium: never a browser Playwright downloads, and no
// background traffic (this machine has no network beyond loopback).
export const LAUNCH = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
  // Playwright turns the back/forward cache off; visitors have it on, and the quick exit's
  // "back button" behaviour depends on it.
  ignoreDefaultArgs: ['--disable-back-forward-cache'],
};
