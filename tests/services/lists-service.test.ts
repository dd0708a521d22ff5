import { describe, expect, inject, it } from 'vitest';
import { callerFromGroups } from '../../functions/core/access.js';
import { FamilyLinkError, TooManyAttemptsError } from '../../functions/core/errors.js';
import { createListsService } from '../../functions/services/lists-service.js';
import { createRegisterMemory } from '../../functions/services/register-memory.js';
import { createJourneyStore } from '../../functions/store/journey-store.js';
import { createListsStore } from '../../functions/store/lists-store.js';
import { createRegisterMemoryStore } from '../../functions/store/register-memory-store.js';
import { testCaseKeys, testClient } from '../helpers/database.js';
import { aListInput, aPlace } from '../helpers/lists.js';

// The service against DynamoDB Local with a clock the test moves: what the HTTP tests cannot
// wait for (a link's expiry, the end of a guessing window).
function aServiceWithClock(start: Date) {
  let now = start;
  const service = createListsService({
    lists: createListsStore({ client: testClient, tableName: inject('tableName'), caseKeys: testCaseKeys }),
    journey: createJourneyStore({
      client: testClient,
      tableName: inject('tableName'),
      caseKeys: testCaseKeys,
    }),
    register: createRegisterMemory(
      createRegisterMemoryStore({ client: testClient, tableName: inject('tableName') }),
    ),
    now: () => now,
    config: { capacityFreshDays: 30, familyLinkDays: 90, guessLimit: { attempts: 3, windowSeconds: 600 } },
  });
  return { service, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const officer = callerFromGroups('officer', ['la-officer-938']);
const DAY = 24 * 60 * 60 * 1000;

describe('family links over time', () => {
  it('stop working when they expire, with the same error as a wrong link', async () => {
    const { service, advance } = aServiceWithClock(new Date());
    const { familyLink } = await service.generateTailoredList(officer, {
      ...aListInput(aPlace()),
      familyLinkDays: 2,
    });
    const source = `test-${Math.random()}`;
    await expect(service.openFamilyLink(familyLink.token, source)).resolves.toHaveProperty(
      'list.statement.version',
    );
    advance(2 * DAY + 1000);
    await expect(service.openFamilyLink(familyLink.token, source)).rejects.toBeInstanceOf(FamilyLinkError);
  });

  it('let a source that was turned away try again in the next window', async () => {
    const { service, advance } = aServiceWithClock(new Date('2026-11-22T10:00:00Z'));
    const { familyLink } = await service.generateTailoredList(officer, aListInput(aPlace()));
    const source = `test-${Math.random()}`;
    for (let i = 0; i < 3; i++) {
      await expect(service.openFamilyLink(`wrong-${i}`, source)).rejects.toBeInstanceOf(FamilyLinkError);
    }
    await expect(service.openFamilyLink('wrong-again', source)).rejects.toBeInstanceOf(TooManyAttemptsError);
    // The family's own link opens all the while.
    await expect(service.openFamilyLink(familyLink.token, source)).resolves.toBeDefined();
    advance(600 * 1000);
    await expect(service.openFamilyLink('wrong-next-window', source)).rejects.toBeInstanceOf(FamilyLinkError);
  });
});
