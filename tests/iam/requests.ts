import type { AwsRequest } from '../../functions/local/request-recorder.js';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';
import { ACCOUNT, type IamRequest, REGION } from './policies.js';

// What IAM authorises for one DynamoDB request as the SDK sends it (the wire format, attribute
// values typed): a transaction is one authorisation per item, under that item's own action; a
// batch is its own action with every key it touches; an index read is on the index's ARN. Each
// item action carries dynamodb:LeadingKeys, the partition keys it touches, as DynamoDB sends them
// to IAM: a harness that left them out would see every ForAllValues condition allow.

type Wire = Record<string, any>;
const PK = TABLE_DEFINITION.partitionKey;

const pkOf = (item: Wire | undefined): string[] => {
  const value = item?.[PK]?.S;
  return typeof value === 'string' ? [value] : [];
};

const keys = (leadingKeys: string[]) => ({ 'dynamodb:LeadingKeys': leadingKeys });

/** The partition key a Query names: the value its key condition compares the key attribute to. */
function queriedPartition(input: Wire): string[] {
  const condition = String(input.KeyConditionExpression ?? '');
  const match = /^\s*(#?\w+)\s*=\s*(:\w+)/.exec(condition);
  if (!match?.[1] || !match[2]) return [];
  const value = input.ExpressionAttributeValues?.[match[2]]?.S;
  return typeof value === 'string' ? [value] : [];
}

/** The IAM requests AWS authorises for one recorded DynamoDB request, on the table `tableArn`. */
export function iamRequestsOf(request: AwsRequest, tableArn: string): IamRequest[] {
  const input = request.input as Wire;
  const on = (action: string, context: IamRequest['context'] = {}, resource = tableArn): IamRequest => ({
    action,
    resource,
    context,
  });
  switch (request.action) {
    case 'dynamodb:PutItem':
      return [on(request.action, keys(pkOf(input.Item)))];
    case 'dynamodb:GetItem':
    case 'dynamodb:UpdateItem':
    case 'dynamodb:DeleteItem':
      return [on(request.action, keys(pkOf(input.Key)))];
    case 'dynamodb:Query':
    case 'dynamodb:Scan': {
      const partition = request.action === 'dynamodb:Query' ? queriedPartition(input) : [];
      const context = partition.length > 0 ? keys(partition) : {};
      return input.IndexName
        ? [on(request.action, context, `${tableArn}/index/${input.IndexName}`)]
        : [on(request.action, context)];
    }
    case 'dynamodb:BatchGetItem':
      return [
        on(
          request.action,
          keys(
            Object.values(input.RequestItems as Record<string, Wire>).flatMap((e) => e.Keys.flatMap(pkOf)),
          ),
        ),
      ];
    case 'dynamodb:BatchWriteItem':
      return [
        on(
          request.action,
          keys(
            Object.values(input.RequestItems as Record<string, Wire[]>).flatMap((writes) =>
              writes.flatMap((w) => pkOf(w.PutRequest?.Item ?? w.DeleteRequest?.Key)),
            ),
          ),
        ),
      ];
    case 'dynamodb:TransactWriteItems':
      return (input.TransactItems as Wire[]).map((item) => {
        if (item.Put) return on('dynamodb:PutItem', keys(pkOf(item.Put.Item)));
        if (item.Update) return on('dynamodb:UpdateItem', keys(pkOf(item.Update.Key)));
        if (item.Delete) return on('dynamodb:DeleteItem', keys(pkOf(item.Delete.Key)));
        return on('dynamodb:ConditionCheckItem', keys(pkOf(item.ConditionCheck?.Key)));
      });
    case 'dynamodb:TransactGetItems':
      return (input.TransactItems as Wire[]).map((item) => on('dynamodb:GetItem', keys(pkOf(item.Get?.Key))));
    case 'secretsmanager:GetSecretValue':
      return [on(request.action, {}, String(input.SecretId))];
    case 'events:PutEvents':
      // Authorised entry by entry, on the bus each names, with its source and detail type.
      return (input.Entries as Wire[]).map((entry) =>
        on(
          request.action,
          { 'events:source': String(entry.Source), 'events:detail-type': String(entry.DetailType) },
          String(entry.EventBusName).startsWith('arn:')
            ? String(entry.EventBusName)
            : `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${entry.EventBusName ?? 'default'}`,
        ),
      );
    case 'ses:SendEmail':
      return sesSendEmail(request.action, input);
    default:
      if (!request.action.startsWith('dynamodb:')) {
        throw new Error(`The IAM audit does not know what ${request.action} is authorised on: add it here.`);
      }
      // DescribeTable, ListTables and the like: the table, no key.
      return [on(request.action)];
  }
}

/**
 * SES authorises a send on the identity that verified the sender and on the configuration set it
 * goes through. The audit asks for the sender's domain: the identity a domain sender can only have,
 * and the usual one for an address (an address verified as itself is granted too, by the stack,
 * and checked by its template test).
 */
function sesSendEmail(action: string, input: Wire): IamRequest[] {
  // "OpenPlace <no-reply@example.gov.uk>": IAM is told the address, without the display name.
  const raw = String(input.FromEmailAddress);
  const address = /<([^>]+)>/.exec(raw)?.[1] ?? raw;
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const arn = (resource: string) => `arn:aws:ses:${REGION}:${ACCOUNT}:${resource}`;
  const context = { 'ses:FromAddress': address, 'ses:ApiVersion': '2' };
  return [
    { action, resource: arn(`identity/${domain}`), context },
    ...(input.ConfigurationSetName
      ? [{ action, resource: arn(`configuration-set/${input.ConfigurationSetName}`), context }]
      : []),
  ];
}
