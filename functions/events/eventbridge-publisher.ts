import {
  EventBridgeClient,
  type EventBridgeClientConfig,
  PutEventsCommand,
  type PutEventsCommandOutput,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { SDK_RETRY_DELAY_BASE_MS } from '../config.js';
import type { JourneyEvent } from '../core/journey/model.js';
import { PUT_EVENTS_RETRY, type RetryBudget, retryDelay, worstCaseDelayMs } from '../store/retry-budget.js';
import { EVENT_SOURCE, type EventPublisher, eventDetail } from './publisher.js';

/** PutEvents takes at most this many entries per call. */
export const PUT_EVENTS_MAX_ENTRIES = 10;

/** Limits of one PutEvents call, as DYNAMODB_LIMITS are for DynamoDB: the SDK's defaults have none. */
export const EVENTBRIDGE_LIMITS = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 3_000,
  socketTimeoutMs: 3_000,
  maxAttempts: 3,
} as const;

/**
 * The longest publishing one chunk of ten events can take before it throws: every attempt of
 * PUT_EVENTS_RETRY is a call that spends all the SDK's attempts (each a full request timeout plus
 * a stalled body, with the longest throttling backoff between). The forwarder's timeout is above it.
 */
export const PUT_EVENTS_CHUNK_WORST_CASE_MS =
  PUT_EVENTS_RETRY.attempts *
    (EVENTBRIDGE_LIMITS.maxAttempts *
      (EVENTBRIDGE_LIMITS.requestTimeoutMs + EVENTBRIDGE_LIMITS.socketTimeoutMs) +
      Array.from(
        { length: EVENTBRIDGE_LIMITS.maxAttempts - 1 },
        (_, retry) => SDK_RETRY_DELAY_BASE_MS.throttling * 2 ** retry,
      ).reduce((a, b) => a + b, 0)) +
  worstCaseDelayMs(PUT_EVENTS_RETRY);

/** The EventBridge client of the forwarder; created once per Lambda container. */
export function createEventBridgeClient(config: EventBridgeClientConfig = {}): EventBridgeClient {
  return new EventBridgeClient({
    maxAttempts: EVENTBRIDGE_LIMITS.maxAttempts,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: EVENTBRIDGE_LIMITS.connectionTimeoutMs,
      requestTimeout: EVENTBRIDGE_LIMITS.requestTimeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: EVENTBRIDGE_LIMITS.socketTimeoutMs,
    },
    ...config,
  });
}

/** Events EventBridge would not take, after every attempt of the retry budget. */
export class EventPublishError extends Error {
  override readonly name = 'EventPublishError';
  constructor(
    readonly failures: readonly { eventId: string; errorCode: string; errorMessage: string }[],
    options?: { cause?: unknown },
  ) {
    super(
      `EventBridge refused ${failures.length} event(s): ${failures
        .map((f) => `${f.eventId} (${f.errorCode})`)
        .join(', ')}.`,
      options,
    );
  }
}

/** The one thing the adapter needs of the SDK client. */
export interface PutEventsSender {
  send(command: PutEventsCommand): Promise<Pick<PutEventsCommandOutput, 'FailedEntryCount' | 'Entries'>>;
}

/**
 * The AWS adapter: PutEvents to `eventBusName`, ten entries a call. PutEvents can succeed as a
 * call while refusing some entries (FailedEntryCount, per-entry ErrorCode, e.g. throttling): those
 * are sent again within `retry`, then EventPublishError. Entries it took stay published.
 */
export function createEventBridgePublisher({
  client,
  eventBusName,
  retry = PUT_EVENTS_RETRY,
}: {
  client: PutEventsSender;
  eventBusName: string;
  retry?: RetryBudget;
}): EventPublisher {
  const entryOf = (event: JourneyEvent): PutEventsRequestEntry => ({
    EventBusName: eventBusName,
    Source: EVENT_SOURCE,
    DetailType: event.type,
    Time: new Date(event.occurredAt),
    Detail: JSON.stringify(eventDetail(event)),
  });

  async function putChunk(events: readonly JourneyEvent[]): Promise<void> {
    let pending = [...events];
    let failures: { eventId: string; errorCode: string; errorMessage: string }[] = [];
    for (let attempt = 0; attempt < retry.attempts && pending.length > 0; attempt++) {
      if (attempt > 0) await retryDelay(retry, attempt);
      const result = await client.send(new PutEventsCommand({ Entries: pending.map(entryOf) }));
      if (!result.FailedEntryCount) return;
      // Result entries are in the order of the request's entries.
      const refused = pending.flatMap((event, i) => {
        const entry = result.Entries?.[i];
        return entry?.EventId && !entry.ErrorCode
          ? []
          : [{ event, errorCode: entry?.ErrorCode ?? 'Unknown', errorMessage: entry?.ErrorMessage ?? '' }];
      });
      pending = refused.map((r) => r.event);
      failures = refused.map((r) => ({
        eventId: r.event.id,
        errorCode: r.errorCode,
        errorMessage: r.errorMessage,
      }));
    }
    if (pending.length > 0) throw new EventPublishError(failures);
  }

  return {
    async publish(events) {
      for (let i = 0; i < events.length; i += PUT_EVENTS_MAX_ENTRIES) {
        await putChunk(events.slice(i, i + PUT_EVENTS_MAX_ENTRIES));
      }
    },
  };
}
