/**
 * The handbook's stylesheet and favicon, shipped in the package's templates/ folder. This module sits two
 * levels below the package root, like dist/core/*.js and the bundle's dist/bundle/*.js, so the
 * path relative to import.meta.url is right in the sources, the build and the bundle alike.
 */
import { readFileSync } from 'node:fs';

let css: string | undefined;

/** The text of templates/site/lsys.css, read once. */
export function stylesheet(): string {
  return (css ??= readFileSync(new URL('../../templates/site/lsys.css', import.meta.url), 'utf8'));
}

let icon: string | undefined;

/**
 * The text of templates/site/favicon.svg, read once: a document in the accent colour. Every page
 * links it, so a browser does not ask the server for /favicon.ico (a 404 in its log on every view).
 */
export function favicon(): string {
  return (icon ??= readFileSync(new URL('../../templates/site/favicon.svg', import.meta.url), 'utf8'));
}
