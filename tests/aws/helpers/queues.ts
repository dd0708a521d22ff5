import { awsJson, SQS } from './wire.js';

// SQS queues in moto: where the tier's rules and subscriptions deliver, read back by the tests.

export interface Queue {
  url: string;
  arn: string;
}

export async function aQueue(name: string): Promise<Queue> {
  const { QueueUrl } = await awsJson<{ QueueUrl: string }>(SQS, 'CreateQueue', { QueueName: name });
  const { Attributes } = await awsJson<{ Attributes: { QueueArn: string } }>(SQS, 'GetQueueAttributes', {
    QueueUrl,
    AttributeNames: ['QueueArn'],
  });
  return { url: QueueUrl, arn: Attributes.QueueArn };
}

/** Every message waiting in the queue, parsed from JSON, oldest first; each is deleted once read. */
export async function drainQueue<T = any>(queue: Queue): Promise<T[]> {
  const bodies: T[] = [];
  for (;;) {
    const { Messages = [] } = await awsJson<{ Messages?: { Body: string; ReceiptHandle: string }[] }>(
      SQS,
      'ReceiveMessage',
      { QueueUrl: queue.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 30 },
    );
    if (Messages.length === 0) return bodies;
    for (const message of Messages) {
      bodies.push(JSON.parse(message.Body) as T);
      await awsJson(SQS, 'DeleteMessage', { QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle });
    }
  }
}
