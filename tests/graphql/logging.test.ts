import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, inject, it, vi } from 'vitest';
import { createServices } from '../../functions/compose.js';
import { callerFromGroups } from '../../functions/core/access.js';
import type { GraphqlContext } from '../../functions/graphql/context.js';
import { withCorrelationId } from '../../functions/graphql/lambda.js';
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

describe("a request's logger", () => {
  it('writes every line with the request’s correlation id beside its own attributes', () => {
    const written: string[] = [];
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    // Powertools writes warnings and errors to stderr, the rest to stdout.
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(capture),
      vi.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
    try {
      const logger = new Logger({ serviceName: 'openplace-test', logLevel: 'INFO' });
      const first = withCorrelationId(logger, 'corr-A');
      const second = withCorrelationId(logger, 'corr-B');
      first.info('graphql operation', { operationName: 'One' });
      second.warn('request refused', { code: 'FORBIDDEN' });
      first.error('unexpected error', { path: ['x'] });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const lines = written
      .flatMap((w) => w.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'INFO',
        message: 'graphql operation',
        correlationId: 'corr-A',
        operationName: 'One',
      }),
      expect.objectContaining({
        level: 'WARN',
        message: 'request refused',
        correlationId: 'corr-B',
        code: 'FORBIDDEN',
      }),
      expect.objectContaining({
        level: 'ERROR',
        message: 'unexpected error',
        correlationId: 'corr-A',
        path: ['x'],
      }),
    ]);
  });
});
