import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

export type CancellationCode = 'ConditionalCheckFailed' | 'TransactionConflict' | 'None' | string;

/** The per-item reasons of a cancelled transaction, or null if the error is something else. */
export function cancellationCodes(error: unknown): CancellationCode[] | null {
  if (!(error instanceof TransactionCanceledException)) return null;
  return (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
}

/** A single write's condition failed (a transaction's show as cancellation codes instead). */
export function isConditionFailure(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}
