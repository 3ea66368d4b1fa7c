/* global window, document */
// The colour scheme before the first paint (what Mantine's ColorSchemeScript does). The build writes
// it into index.html (web/scripts/inline-script.ts); the BFF's CSP allows it by its hash. Same rule
// as the app: the user's choice, else the system's.
(function () {
  var scheme = 'light';
  try {
    var chosen = window.localStorage.getItem('mantine-color-scheme-value');
    if (chosen === 'light' || chosen === 'dark') scheme = chosen;
    else if (window.matchMedia('(prefers-color-scheme: dark)').matches) scheme = 'dark';
  } catch {
    // storage refused (privacy settings): the app decides once it runs
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
