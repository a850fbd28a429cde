/**
 * Colours that survive printing in grey. Series differ in lightness first (dark navy, light
 * blue, mid blue, white), then in texture (solid, white hatching, dots, dark hatching) and
 * outline, so two bars never look alike on a black-and-white printer. Patterns get ids from
 * the chart's id prefix so several charts can share one HTML page.
 */
import { attrs } from './svg.js';

export const NAVY = '#1f3b5c';
const LIGHT_BLUE = '#9db4cc';
const MID_BLUE = '#5b7fa6';

export interface SeriesStyle {
  /** Value for `fill`: a colour or `url(#…)`. */
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** The `<pattern>` element, when the fill is a pattern. */
  pattern?: string;
}

/** Style of series `index` (0 = the year, 1 = the year before, …); styles repeat after four. */
export function seriesStyle(index: number, id: string): SeriesStyle {
  const k = index % 4;
  const pid = `${id}-s${k}`;
  const tile = (content: string, transform?: string) =>
    `<pattern${attrs({ id: pid, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: transform })}>${content}</pattern>`;
  switch (k) {
    case 0:
      return { fill: NAVY, stroke: NAVY, strokeWidth: 1 };
    case 1:
      return {
        fill: `url(#${pid})`,
        stroke: NAVY,
        strokeWidth: 1,
        pattern: tile(
          `<rect width="6" height="6" fill="${LIGHT_BLUE}"/><line x1="3" y1="0" x2="3" y2="6" stroke="#ffffff" stroke-width="2"/>`,
          'rotate(45)',
        ),
      };
    case 2:
      return {
        fill: `url(#${pid})`,
        stroke: NAVY,
        strokeWidth: 1,
        pattern: tile(`<rect width="6" height="6" fill="${MID_BLUE}"/><circle cx="3" cy="3" r="1.3" fill="#ffffff"/>`),
      };
    default:
      return {
        fill: `url(#${pid})`,
        stroke: NAVY,
        strokeWidth: 1,
        pattern: tile(
          `<rect width="6" height="6" fill="#ffffff"/><line x1="3" y1="0" x2="3" y2="6" stroke="${NAVY}" stroke-width="1"/>`,
          'rotate(-45)',
        ),
      };
  }
}

export interface RiskBand {
  /** Lowest and highest riskvärde (sannolikhet × konsekvens) in the band. */
  from: number;
  to: number;
  fill: string;
  /** Text colour with at least 7:1 contrast on `fill`. */
  ink: string;
}

/**
 * Green → yellow → orange → red for riskvärde 1–3, 4–6, 8–9 and 12–16 (the products a 4×4
 * matrix can give). Lightness falls with risk (CIE L* ≈ 92, 81, 64, 37; grey 233, 195, 146, 65),
 * so the order reads the same in grey as in colour.
 */
export const RISK_BANDS: RiskBand[] = [
  { from: 1, to: 3, fill: '#dcefd2', ink: '#000000' },
  { from: 4, to: 6, fill: '#f2c14e', ink: '#000000' },
  { from: 8, to: 9, fill: '#e0843a', ink: '#000000' },
  { from: 12, to: 16, fill: '#a3262a', ink: '#ffffff' },
];

export function riskBand(riskvärde: number): RiskBand {
  return RISK_BANDS.find((b) => riskvärde <= b.to) ?? RISK_BANDS.at(-1)!;
}
