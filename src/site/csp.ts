/**
 * The Content-Security-Policy of every page of the handbook (a meta tag: the site is static and
 * may be served by anything). Nothing leaves the site: no CDN, font or analytics; the only script
 * is the search (`assets/sok.js` and its index files under `sok/`), loaded from the site itself.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'";
