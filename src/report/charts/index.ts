/**
 * Charts for `lsys report`: pure functions from data to a self-contained SVG string
 * (inline, no script, no external reference, deterministic). Each chart has a visible title,
 * a `<title>` and a `<desc>` with the data in words, axis titles, a value on every bar, and
 * series that differ in lightness and texture so a grey print loses nothing.
 */
export type { ChartText } from './svg.js';
export { escapeXml } from './svg.js';
export { formatNumber, formatPercent, type Lang } from './format.js';
export { niceScale, type ValueScale } from './scale.js';
export { riskMatrixSvg, type RiskMatrixOptions } from './risk-matrix.js';
export { groupedBarSvg, barSvg, type BarSeries, type BarOptions, type GroupedBarOptions } from './bar.js';
export { progressSvg, type ProgressOptions, type ProgressRow } from './progress.js';
