/**
 * The checked options of `lsys calendar` (see options.ts): a bad value is one LsysError in the
 * user's language, printed by main() as one line with exit code 2.
 */
import { Option } from 'commander';
import { isDate } from '../core/dates.js';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import { CALENDAR_CLI as C } from '../plan/calendar-messages.js';

/** A whole number from `min` to `max` written as digits, or undefined. */
function wholeNumber(v: string, min: number, max: number): number | undefined {
  const n = Number(v);
  return /^\d+$/.test(v.trim()) && n >= min && n <= max ? n : undefined;
}

/** --from, --months and --remind with their values checked. */
export function calendarOptions(lang: Lang) {
  return {
    from: (): Option =>
      new Option(say(C.fromFlag, lang), say(C.fromOption, lang)).argParser((v: string) => {
        if (!isDate(v)) throw new LsysError('bad-from', say(C.badFrom, lang, { value: v }));
        return v;
      }),
    months: (): Option =>
      new Option(say(C.monthsFlag, lang), say(C.monthsOption, lang)).argParser((v: string) => {
        const n = wholeNumber(v, 1, 60);
        if (n === undefined) throw new LsysError('bad-months', say(C.badMonths, lang, { value: v }));
        return n;
      }),
    remind: (): Option =>
      new Option(say(C.remindFlag, lang), say(C.remindOption, lang)).argParser((v: string) => {
        const n = wholeNumber(v, 0, 365);
        if (n === undefined) throw new LsysError('bad-remind', say(C.badRemind, lang, { value: v }));
        return n;
      }),
  };
}
