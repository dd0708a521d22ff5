import { describe, expect, it } from 'vitest';
import { CORE_RIGHTS_TEXT, rightsStatement } from '../../functions/core/rights-statement.js';

describe("the parents' rights statement", () => {
  const core = rightsStatement();

  it('says the list is advisory and does not limit the choice', () => {
    expect(core.text).toMatch(/advice/i);
    expect(core.text).toMatch(/does not limit your choice/i);
  });

  it('says any setting can be asked for, on the list or not, in any area, and more than one', () => {
    expect(core.text).toMatch(/any school or college/i);
    expect(core.text).toMatch(/on this list or not/i);
    expect(core.text).toMatch(/any council area/i);
    expect(core.text).toMatch(/more than one/i);
    expect(core.text).toMatch(/section 41/i);
    expect(core.text).toMatch(/other independent schools/i);
  });

  it('gives the legal test the council must apply, the Tribunal and SENDIASS', () => {
    expect(core.text).toMatch(/must name the school/i);
    expect(core.text).toMatch(/age, ability, aptitude or special educational needs/i);
    expect(core.text).toMatch(/efficient education of other children or the efficient use of resources/i);
    expect(core.text).toMatch(/First-tier Tribunal/);
    expect(core.text).toMatch(/SENDIASS/);
    expect(core.legalReferences.join(' ')).toMatch(/section 38/);
    expect(core.legalReferences.join(' ')).toMatch(/section 39/);
    expect(core.legalReferences.join(' ')).toMatch(/9\.78, 9\.79 and 9\.83/);
  });

  it('is short and plain enough to read on a phone', () => {
    const words = CORE_RIGHTS_TEXT.split(/\s+/).length;
    const sentences = CORE_RIGHTS_TEXT.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length;
    expect(words).toBeLessThan(330);
    // Short sentences: the text aims at a reading age of about 11.
    expect(words / sentences).toBeLessThan(16);
  });

  it('adds what an LA sets under the core text, never instead of it', () => {
    const local = rightsStatement({
      laCode: '938',
      sendiass: {
        name: 'West Sussex SENDIAS',
        phone: '0330 222 8555',
        email: null,
        website: 'https://example.org',
      },
      notes: ['Our placement team answers within 5 working days.'],
    });
    expect(local.text.startsWith(CORE_RIGHTS_TEXT)).toBe(true);
    expect(local.paragraphs).toEqual(core.paragraphs);
    expect(local.text).toContain('West Sussex SENDIAS: phone 0330 222 8555, https://example.org.');
    expect(local.text.endsWith('Our placement team answers within 5 working days.')).toBe(true);
  });
});
