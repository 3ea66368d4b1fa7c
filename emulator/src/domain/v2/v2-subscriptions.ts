import type { CreateAlgorithmRequest } from '@console/shared';
import { SHIPPED_ALGORITHMS } from './v2-shipped-algorithms.js';

/** An AI Gallery algorithm every project is subscribed to (the emulator has no marketplace). */
export interface ShippedSubscription {
  subscription_id: string;
  item_version_id: string;
  name: string;
  job_config: NonNullable<CreateAlgorithmRequest['job_config']>;
}

/** Documented in emulator/src/v2/README.md so users of the "Subscribed" form source can try it. */
export const SAMPLE_SUBSCRIPTION_ID = '9c0b6d1e-3f1a-4a57-9a3e-2d1f6b7c8e90';
export const SAMPLE_ITEM_VERSION_ID = '5e2f8a14-7c3d-4b1e-8f60-1a9d2c3b4e57';

const sampleConfig = SHIPPED_ALGORITHMS[0]?.body.job_config;

export const SHIPPED_SUBSCRIPTIONS: readonly ShippedSubscription[] = sampleConfig
  ? [
      {
        subscription_id: SAMPLE_SUBSCRIPTION_ID,
        item_version_id: SAMPLE_ITEM_VERSION_ID,
        name: 'gallery-digits-softmax',
        job_config: sampleConfig,
      },
    ]
  : [];

/** The subscribed algorithm version a job asks for, if this emulator has it. */
export function findSubscription(
  subscriptionId: string,
  itemVersionId: string | undefined,
): ShippedSubscription | undefined {
  return SHIPPED_SUBSCRIPTIONS.find(
    (s) => s.subscription_id === subscriptionId && s.item_version_id === itemVersionId,
  );
}
