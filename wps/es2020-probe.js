/* Parsed by the pane before anything else: a browser without ES2020 syntax fails on this line and leaves the flag
   unset, which pane-check.js reports in Chinese (no eval, so the pane's Content Security Policy holds). */
window.__fundcheckModernJs = window.__fundcheckNothing?.probe ?? true;
