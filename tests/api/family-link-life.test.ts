import { describe, expect, it } from 'vitest';
import { asOfficer, gqlAt } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import { RECORD_DECISION } from '../helpers/journey.js';
import { aListInput, aPlace, east } from '../helpers/lists.js';
import { GENERATE_LIST, REVOKE_LINKS, UPSERT_SETTING } from '../helpers/operations.js';
import { signInOverHttp } from '../web/staff.js';

// A family link lasts as long as the family needs it (issue 22): a link made with the list (the
// default FAMILY_LINK_DAYS, 90) would end before the appeal deadline, as in the README's walk-
// through; the decision keeps it open until a month after the appeal date, and not a moment
// longer. A withdrawn link stays withdrawn. A second local API with a clock the test moves.

let clock = new Date('2026-12-04T10:00:00Z');
const officer = asOfficer('938');

const local = clockedStack('link-life', () => clock);
const { ok } = local;

const FAMILY = 'query F($token: String!) { familyList(token: $token) { expiresAt choicesClosed } }';
const LINKS =
  'query L($id: ID!) { tailoredList(id: $id) { familyLinks { expiresAt opensUntil revokedAt active } } }';

/** What the family's link opens now: its expiry, or the one uniform error's code. */
async function open(token: string): Promise<string> {
  const r = await gqlAt<any>(local.stack().url, FAMILY, { token }, undefined, {
    'x-forwarded-for': '192.0.2.22',
  });
  return r.errors?.length ? String(r.errors[0]?.extensions.code) : r.data.familyList.expiresAt;
}

describe('a family link after the decision', () => {
  it('opens until a month after the appeal date, and a withdrawn one stays closed', async () => {
    const home = aPlace();
    const school = (
      await ok(
        UPSERT_SETTING,
        {
          input: aSettingInput({
            name: unique('Link Life Special'),
            kind: 'SPECIAL',
            phase: 'ALL_THROUGH',
            ageRange: { low: 4, high: 19 },
            location: east(home, 2),
            provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD'] }],
          }),
        },
        officer,
      )
    ).upsertSetting;
    expect(school.id).toBeTruthy();
    const input = aListInput(home, { startDate: '2027-09-01' });
    const first = (await ok(GENERATE_LIST, { input }, officer)).generateTailoredList;
    expect(await ok(REVOKE_LINKS, { listId: first.list.id }, officer)).toEqual({ revokeFamilyLinks: 1 });
    const made = (await ok(GENERATE_LIST, { input }, officer)).generateTailoredList;
    // FAMILY_LINK_DAYS' default: 90 days, to 4 March 2027.
    expect(made.familyLink.expiresAt).toBe('2027-03-04T10:00:00.000Z');
    const withdrawn = first.familyLink.token;
    const link = made.familyLink.token;

    // Without a decision the link ends on its own date.
    clock = new Date('2027-03-04T10:00:00Z');
    expect(await open(link)).toBe('NOT_FOUND');

    clock = new Date('2027-01-10T12:00:00Z');
    const decided = await ok(
      RECORD_DECISION,
      {
        input: {
          caseReference: input.caseReference,
          laCode: '938',
          decidedOn: '2027-01-10',
          named: {
            typeOfSetting: 'SPECIAL_SCHOOL',
            typeDescription: 'A special school for autistic children',
          },
        },
      },
      officer,
    );
    expect(decided.recordPlacementDecision.decision.appealBy).toBe('2027-03-10');

    // After the link's own date, and after the appeal date: open until 10 April 2027 (BST) began.
    const until = '2027-04-09T23:00:00.000Z';
    for (const at of ['2027-03-05T00:00:00Z', '2027-03-10T12:00:00Z', '2027-04-09T22:59:59Z']) {
      clock = new Date(at);
      expect(await open(link), at).toBe(until);
      expect(await open(withdrawn), at).toBe('NOT_FOUND');
    }
    const links = (await ok(LINKS, { id: made.list.id }, officer)).tailoredList.familyLinks;
    expect(links).toEqual([
      { expiresAt: '2027-03-04T10:00:00.000Z', opensUntil: until, revokedAt: null, active: true },
    ]);
    const old = (await ok(LINKS, { id: first.list.id }, officer)).tailoredList.familyLinks;
    expect(old).toEqual([expect.objectContaining({ opensUntil: until, active: false })]);
    // The officer's list page: each link's effective expiry beside the appeal date.
    const page = await (await signInOverHttp(['la-officer-938'], local.stack().baseUrl)).get(
      `/lists/${made.list.id}`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('10 April 2027: a month after the appeal date, 10 March 2027');

    clock = new Date(until);
    expect(await open(link)).toBe('NOT_FOUND');
    expect((await ok(LINKS, { id: made.list.id }, officer)).tailoredList.familyLinks[0].active).toBe(false);
  });
});
