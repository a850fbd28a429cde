/**
 * Charts for `lsys report`: pure functions from data to a self-contained SVG string
 * (inline, no script, no external reference, deterministic). Each chart has a visible title,
 * a `<title>` and a `<desc>` with the data in words, axis titles, a value on every bar, and
 * series that differ in lightness and texture so a grey print loses nothing.
 */
export { escapeXml } from './svg.js';
export { formatNumber, formatPercent } from './format.js';
export { niceScale } from './scale.js';
export { riskMatrixSvg, type RiskMatrixOptions } from './risk-matrix.js';
export { groupedBarSvg, barSvg } from './bar.js';
export { progressSvg, type ProgressOptions } from './progress.js';
