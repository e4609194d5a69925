/**
 * Date fields in the browser editor, run through Decap's own date widget
 * (decap-cms-widget-datetime, the code /admin/ ships) with our generated
 * field settings, in the browser time zones staff laptops may have. The
 * build reads a post's date as a day in the site's time zone (Asia/Tokyo):
 * the form must show and save the day written in the file whatever the
 * laptop's zone. The picker works in the PC's calendar (picker_utc: false),
 * so in Japan its 今日 is Japan's day, never UTC's (which is the day before
 * until 09:00 JST); a new post's default date is today in site.yaml's
 * timeZone (src/client/cmsEditor.ts). A PC set to a zone east of Japan
 * (New Zealand) would offer its own, later day: documented in docs/cms.md.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCmsConfig } from '../../src/site/cmsConfig.ts';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';
import { todayIn } from '../../src/rules/dates.ts';
import { fromFile } from '../../src/site/cmsFormat.ts';

// The widget imports Decap's UI kit for its button styles only; it needs a browser window.
vi.mock('decap-cms-ui-default', () => ({ buttons: {} }));
const { default: DateTimeControl } = await import('decap-cms-widget-datetime/dist/esm/DateTimeControl.js');

type Field = Record<string, unknown> & { name: string; widget?: string; fields?: Field[] };
const site = parseSiteConfig({ organization: '市役所', title: 'サイト', description: '説明です。', defaultAuthor: 'mayor' }, 'content/site.yaml');
const config = buildCmsConfig(site, {
  principles: [{ id: 'alpha', title: '現場を見る', order: 1 }],
  authors: [{ id: 'mayor', name: '架空 太郎', role: '市長' }],
  defaultAuthor: 'mayor',
});

/** Every datetime field of every collection, file and nested list. */
function dateFields(): Array<{ where: string; field: Field }> {
  const found: Array<{ where: string; field: Field }> = [];
  const walk = (where: string, fields: readonly Field[] = []) => {
    for (const field of fields) {
      if (field.widget === 'datetime') found.push({ where: `${where} › ${field.name}`, field });
      walk(`${where} › ${field.name}`, field.fields);
    }
  };
  for (const collection of config.collections as Array<{ name: string; fields?: Field[]; files?: Array<{ name: string; fields: Field[] }> }>) {
    walk(collection.name, collection.fields);
    for (const file of collection.files ?? []) walk(`${collection.name}/${file.name}`, file.fields);
  }
  return found;
}

/** Decap's widget as the form creates it for this field (Decap hands it an Immutable Map; get() is all it uses). */
function widget(field: Field, onChange: (value: string) => void = () => {}) {
  return new DateTimeControl({ field: new Map(Object.entries(field)), onChange });
}

const ZONES = ['Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'Pacific/Auckland'];
const originalZone = process.env.TZ;
function inZone(zone: string) {
  process.env.TZ = zone;
}
afterEach(() => {
  process.env.TZ = originalZone;
  vi.useRealTimers();
});

const fields = dateFields();

describe('date fields in the browser editor (Decap’s own widget)', () => {
  it('get text, never a timestamp, from the file: an unquoted date is read as the day written', () => {
    const data = fromFile("---\ntitle: t\ndate: 2025-03-01\nupdated: '2025-03-02'\n---\n\n本文\n") as Record<string, unknown>;
    expect(data.date).toBe('2025-03-01');
    expect(data.updated).toBe('2025-03-02');
  });

  it('in Japan, “now” is Japan’s day at 00:30 and 08:30 JST, not UTC’s day before', () => {
    inZone('Asia/Tokyo');
    vi.useFakeTimers();
    const [field] = fields;
    for (const [instant, day] of [['2025-03-01T15:30:00Z', '2025-03-02'], ['2025-03-01T23:30:00Z', '2025-03-02']] as const) {
      vi.setSystemTime(new Date(instant));
      expect(widget(field!.field).getNow(), instant).toBe(day);
    }
  });

  it('exist: post date and updated, mission version effective date', () => {
    expect(fields.map(({ where }) => where)).toEqual(expect.arrayContaining(['posts › date', 'posts › updated']));
    expect(fields.some(({ where }) => where.endsWith('› effective'))).toBe(true);
  });

  describe.each(fields.map(({ where, field }) => [where, field] as const))('%s', (_where, field) => {
    it.each(ZONES)('shows the day the file holds in a %s browser', (zone) => {
      inZone(zone);
      expect(widget(field).formatInputValue('2025-03-01')).toBe('2025-03-01');
    });

    it.each(ZONES)('saves the picked day as YYYY-MM-DD in a %s browser', (zone) => {
      inZone(zone);
      const saved: string[] = [];
      widget(field, (value) => saved.push(value)).handleChange('2025-03-01');
      expect(saved).toEqual(['2025-03-01']);
    });

    it.each(ZONES.filter((zone) => zone !== 'Pacific/Auckland'))('“now” is never later than today in Japan, so a new post is not held back as future (%s browser)', (zone) => {
      inZone(zone);
      vi.useFakeTimers();
      // 23:30 in Japan on 1 March; already 2 March in New Zealand.
      for (const instant of ['2025-03-01T14:30:00Z', '2025-03-01T23:30:00Z', '2025-03-02T00:30:00Z']) {
        vi.setSystemTime(new Date(instant));
        const now = widget(field).getNow();
        expect(now, instant).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
        expect(now <= todayIn('Asia/Tokyo'), `${instant}: ${now}`).toBe(true);
      }
    });
  });
});
