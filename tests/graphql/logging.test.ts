import { describe, expect, inject, it } from 'vitest';
import { createServices } from '../../functions/compose.js';
import { callerFromGroups } from '../../functions/core/access.js';
import type { GraphqlContext } from '../../functions/graphql/context.js';
import { createGraphqlServer } from '../../functions/graphql/server.js';
import { testCaseKeys, testClient } from '../helpers/database.js';

// What the API writes to its logs: one line per operation with its name and the caller's role,
// and nothing the caller sent (variables may hold a case reference or a family link's token).
describe('operation logging', () => {
  it("logs the operation's name and the caller's role, never what was sent", async () => {
    const lines: { message: string; attributes: unknown }[] = [];
    const record = (message: string, attributes?: unknown) => lines.push({ message, attributes });
    const tableName = inject('tableName');
    const context: GraphqlContext = {
      caller: callerFromGroups('officer-x', ['la-officer-938']),
      ...createServices({
        client: testClient,
        tableName,
        caseKeys: testCaseKeys,
        now: () => new Date(),
        lists: {
          capacityFreshDays: 30,
          familyLinkDays: 90,
          guessLimit: { attempts: 20, windowSeconds: 600 },
        },
      }),
      correlationId: 'corr-1',
      sourceIp: '127.0.0.1',
      publicBaseUrl: 'http://localhost:4000',
      logger: { info: record, warn: record, error: record } as unknown as GraphqlContext['logger'],
    };
    const server = createGraphqlServer({ introspection: false, landingPage: false });
    await server.start();
    try {
      const secret = 'SECRET-TOKEN-1234567890';
      const response = await server.executeOperation(
        {
          query: 'query Family($t: String!) { familyList(token: $t) { generatedAt } }',
          variables: { t: secret },
        },
        { contextValue: context },
      );
      expect(response.body.kind === 'single' && response.body.singleResult.extensions).toMatchObject({
        correlationId: 'corr-1',
      });
      expect(lines).toContainEqual({
        message: 'graphql operation',
        attributes: { operationName: 'Family', operationType: 'query', roles: ['LA_OFFICER'] },
      });
      expect(JSON.stringify(lines)).not.toContain(secret);
    } finally {
      await server.stop();
    }
  });
});
