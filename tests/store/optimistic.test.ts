import { describe, expect, it } from 'vitest';
import { ConcurrentUpdateError } from '../../functions/core/errors.js';
import { onRevision, optimisticWrite, StaleWriteError } from '../../functions/store/optimistic.js';

const quick = { attempts: 4, baseDelayMs: 1, maxDelayMs: 1 };

describe('the one optimistic-write loop', () => {
  it('decides again on fresh reads when a write lost, and answers what the winning try decided', async () => {
    let stored = 0;
    const seen: number[] = [];
    const result = await optimisticWrite('counter', quick, async (n) => {
      const read = stored;
      seen.push(n);
      // Another writer gets in before the first two tries write.
      if (n < 2) stored++;
      return {
        write: async () => {
          if (stored !== read) throw new StaleWriteError('moved');
          stored = read + 10;
        },
        result: read + 10,
      };
    });
    expect(seen).toEqual([0, 1, 2]);
    expect(result).toBe(12);
    expect(stored).toBe(12);
  });

  it('writes nothing and answers at once when the decision is to write nothing', async () => {
    let tries = 0;
    const result = await optimisticWrite('nothing', quick, async () => {
      tries++;
      return { write: null, result: 'unchanged' };
    });
    expect(result).toBe('unchanged');
    expect(tries).toBe(1);
  });

  it('answers CONCURRENT_UPDATE with a retry time once the budget is spent, after exactly its attempts', async () => {
    let writes = 0;
    const error = await optimisticWrite('setting s1', quick, async () => ({
      write: async () => {
        writes++;
        throw new StaleWriteError('moved');
      },
      result: null,
    })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentUpdateError);
    expect((error as ConcurrentUpdateError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(writes).toBe(quick.attempts);
  });

  it('lets a refusal or a fault through at once, never retrying it', async () => {
    let tries = 0;
    const fault = new Error('network');
    await expect(
      optimisticWrite('x', quick, async () => {
        tries++;
        return {
          write: async () => {
            throw fault;
          },
          result: null,
        };
      }),
    ).rejects.toBe(fault);
    expect(tries).toBe(1);
  });

  it('builds the revision condition once: "create" needs a new item, a change the revision read', () => {
    expect(onRevision(null)).toEqual({ ConditionExpression: 'attribute_not_exists(pk)' });
    expect(onRevision(7)).toEqual({
      ConditionExpression: '#revision = :expected',
      ExpressionAttributeNames: { '#revision': 'revision' },
      ExpressionAttributeValues: { ':expected': 7 },
    });
  });
});
