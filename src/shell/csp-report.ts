// Imported first by the app and by each worker: a Content-Security-Policy violation (a blocked
// eval, inline style or script) is written to the console with what was blocked and where, in
// whichever thread it happened. Browsers fire these events in a worker's own scope, where the
// page's developer tools may not show them; the browser tests listen for them.
const scope = globalThis as unknown as EventTarget;
scope.addEventListener('securitypolicyviolation', (event) => {
  const e = event as SecurityPolicyViolationEvent;
  console.error(
    `Content-Security-Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile || 'unknown'}:${e.lineNumber})`,
  );
});
