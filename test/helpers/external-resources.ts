/** Test data shared by the report's unit and browser tests. */

/** Markdown full of external resources, as a coordinator might paste it. */
export const EXTERNAL = [
  '# Analys',
  '',
  'Diagram: ![Fall per månad](http://bilder.example.se/fall.png) och ![](https://example.se/x.png "titel").',
  '',
  'Protokollrelativ: ![logga](//cdn.example.se/logga.png) och relativ ![karta](bilder/karta.png).',
  '',
  '<img src="http://example.se/raw.png" alt="Rå bild" srcset="http://example.se/a.png 1x, http://example.se/b.png 2x">',
  '',
  '<picture><source srcset="http://example.se/p.webp"><img src="//example.se/p.png" alt="Bild i picture"></picture>',
  '',
  '<link rel="stylesheet" href="http://example.se/s.css"><style>body{background:url(http://example.se/bg.png)}</style>',
  '',
  '<p style="background-image: url(http://example.se/style.png)">Stil</p>',
  '',
  '<video poster="http://example.se/poster.png" src="http://example.se/film.mp4"></video><audio src="http://example.se/ljud.mp3"></audio>',
  '',
  '<iframe src="http://example.se/ram.html"></iframe><object data="http://example.se/o.swf"></object><embed src="http://example.se/e.swf">',
  '',
  '<svg><image href="http://example.se/svg.png"/></svg><table background="http://example.se/tbl.png"><tr><td>cell</td></tr></table>',
  '',
  '<input type="image" src="http://example.se/knapp.png"> <body background="http://example.se/body.png"></body>',
  '',
  '[en vanlig länk](https://example.se/sida) finns kvar som länk.',
  '',
].join('\n');
