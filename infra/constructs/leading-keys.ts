// A statement that lets a role touch only items whose partition key matches: IAM evaluates a
// `ForAllValues:` condition as true when the key is absent from the request (a Scan, say), so
// the Null condition beside it refuses any request that does not name its partition keys.

/** The condition of a statement limited to items under these partition keys (or key patterns). */
export function onlyLeadingKeys(
  operator: 'ForAllValues:StringEquals' | 'ForAllValues:StringLike',
  keys: readonly string[],
): Record<string, Record<string, unknown>> {
  return {
    [operator]: { 'dynamodb:LeadingKeys': [...keys] },
    Null: { 'dynamodb:LeadingKeys': 'false' },
  };
}
