/**
 * Calendar dates as plain `YYYY-MM-DD` strings.
 *
 * Posts carry a day, not an instant, so we never turn them into `Date` objects
 * in local time: that is how 2025-06-02 becomes June 1st on a UTC build server.
 * Strings in ISO order also sort correctly as text.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

/**
 * A date as a Japanese editor may type it, in the YYYY-MM-DD the site uses:
 * 2025年6月2日, 2025/6/2, ２０２５－０６－０２ (full-width), 令和7年6月2日,
 * 令和元年5月1日. Anything else is returned unchanged (and then refused).
 */
export function normaliseDateText(value: string): string {
  const text = value.normalize('NFKC').trim().replace(/\s+/gu, '').replace(/[－ー―‐]/gu, '-');
  const pad = (n: string) => n.padStart(2, '0');
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(text);
  if (western) return `${western[1]}-${pad(western[2]!)}-${pad(western[3]!)}`;
  const era = /^(令和|平成|昭和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/u.exec(text);
  if (era) {
    const year = ERAS[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2])) - 1;
    return `${year}-${pad(era[3]!)}-${pad(era[4]!)}`;
  }
  return value;
}

/** True only for a real calendar day written as YYYY-MM-DD (2025-02-30 is false). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no DST surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date in the given IANA time zone, e.g. "Asia/Tokyo". */
/** One formatter per time zone: making one costs far more than formatting (git history formats a date per commit). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

function toUtcDate(date: IsoDate): Date {
  const match = ISO_DATE.exec(date);
  if (!match || !isValidIsoDate(date)) throw new RangeError(`Invalid date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** 2025年6月2日 */
export function formatSeireki(date: IsoDate): string {
  const d = toUtcDate(date);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/**
 * Japanese era year, e.g. 令和7年. The first year of an era is written 元年,
 * as official documents do (Intl prints "1年").
 */
// Built once: constructing an Intl formatter costs ~1 ms, which was a tenth of
// the whole build at 1,000 posts when done for every date shown.
let warekiFormat: Intl.DateTimeFormat | undefined;

export function formatWareki(date: IsoDate): string {
  warekiFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
  const era = warekiFormat.format(toUtcDate(date));
  return era.replace(/^(\D+)1年$/, '$1元年');
}

/** 2025年6月2日（令和7年） */
export function formatJapaneseDate(date: IsoDate): string {
  return `${formatSeireki(date)}（${formatWareki(date)}）`;
}

/** The year part of an ISO date, as a number. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

