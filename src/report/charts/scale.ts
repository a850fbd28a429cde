/**
 * The value axis: from 0 to a round maximum in steps of 1, 2 or 5 × 10^n, about five steps.
 */

export interface ValueScale {
  max: number;
  step: number;
  ticks: number[];
}

/**
 * A scale from 0 that covers `maxValue`. Counts (all integers) never get fractional steps;
 * all-zero or empty data gives 0–1 so the axis is still drawn.
 */
export function niceScale(maxValue: number, integers = true, targetSteps = 5): ValueScale {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 0;
  if (top === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = top / targetSteps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = magnitude * 10;
  for (const m of [1, 2, 5, 10]) {
    if (m * magnitude >= rough) {
      step = m * magnitude;
      break;
    }
  }
  if (integers) step = Math.max(1, step);
  const count = Math.ceil(top / step - 1e-9);
  const ticks: number[] = [];
  // Multiply rather than add, so 0.1-steps do not drift (0.30000000000000004).
  for (let k = 0; k <= count; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { max: ticks.at(-1)!, step, ticks }; // count ≥ 0, so there is a tick
}
