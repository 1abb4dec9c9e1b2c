// Demo helper for csp.html: lists every Content-Security-Policy violation on the page (there
// should be none) in the #csp-report element.
const report = document.getElementById('csp-report');
const seen = [];
const show = () => {
  report.textContent = seen.length
    ? `CSP violations: ${seen.join('; ')}`
    : 'No Content-Security-Policy violation so far.';
  report.className = seen.length ? 'demo-note demo-note--bad' : 'demo-note';
};
document.addEventListener('securitypolicyviolation', (e) => {
  seen.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'}`);
  show();
});
show();
