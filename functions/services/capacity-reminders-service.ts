import { assertCanReadStaleCapacity, type Caller, requireSignedIn } from '../core/access.js';
import { capacityContactsOf } from '../core/capacity-contacts.js';
import { type StaleSettingView, stalenessOf } from '../core/capacity-reminders.js';
import { assertLaCode } from '../core/la-code.js';
import type { Page } from '../core/model.js';
import { assertWholeNumber } from '../core/validation.js';
import type { PageRequest } from '../store/register-store.js';
import type { ReminderStore } from '../store/reminder-store.js';

const MAX_PAGE = 100;

export type CapacityRemindersService = ReturnType<typeof createCapacityRemindersService>;

/** staleCapacity: an LA's settings with stale figures, and when each was last reminded. */
export function createCapacityRemindersService(deps: {
  store: Pick<ReminderStore, 'listRegisterWhere' | 'lastSentReminders'>;
  now: () => Date;
  /** CAPACITY_REMINDER_DAYS. */
  days: number;
}) {
  async function staleCapacity(
    caller: Caller,
    laCode: string,
    page: PageRequest,
  ): Promise<Page<StaleSettingView>> {
    requireSignedIn(caller);
    assertLaCode(laCode);
    assertCanReadStaleCapacity(caller, laCode);
    const first = page.first ?? 20;
    assertWholeNumber('first', first, MAX_PAGE);
    const now = deps.now();
    const found = await deps.store.listRegisterWhere(
      laCode,
      (setting) => stalenessOf(setting, now, deps.days) !== null,
      { first, after: page.after },
    );
    const reminders = await deps.store.lastSentReminders(found.items.map(({ item }) => item.id));
    return {
      hasNextPage: found.hasNextPage,
      items: found.items.flatMap(({ item, cursor }) => {
        const staleness = stalenessOf(item, now, deps.days);
        if (!staleness) return [];
        return [
          {
            cursor,
            item: {
              setting: item,
              ...staleness,
              lastReminder: reminders.get(item.id) ?? null,
              hasCapacityContacts: capacityContactsOf(item).length > 0,
            },
          },
        ];
      }),
    };
  }

  // The pages say after how long figures count as stale (CAPACITY_REMINDER_DAYS): one source of it.
  return { staleCapacity, reminderDays: deps.days };
}
