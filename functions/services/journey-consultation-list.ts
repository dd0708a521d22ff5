import { assertOfficerOf, type Caller, requireSignedIn } from '../core/access.js';
import { ForbiddenError } from '../core/errors.js';
import { isOverdue } from '../core/journey/consultation.js';
import { londonDate } from '../core/journey/dates.js';
import { parseConsultationsFilter } from '../core/journey/input.js';
import type { Consultation } from '../core/journey/model.js';
import type { ConsultationView } from '../core/journey/view.js';
import type { Page } from '../core/model.js';
import type { ConsultationFilter } from '../store/journey-store.js';
import { consultationPartition } from '../store/keys.js';
import { JOURNEY, type JourneyContext } from './journey-context.js';

/**
 * Consultations, newest first, in the caller's scope: to my settings (staff), sent by my LA, or to
 * settings in my LA (officers); filtered by status, overdue or not, one setting, one LA.
 */
export async function consultations(
  ctx: JourneyContext,
  caller: Caller,
  filter: unknown,
  first: unknown,
  after: string | null | undefined,
): Promise<Page<ConsultationView>> {
  requireSignedIn(caller);
  const f = parseConsultationsFilter(filter, first);
  const scope = f.scope ?? (caller.laCodes.length > 0 ? 'SENT_BY_MY_LA' : 'MY_SETTINGS');
  const today = londonDate(ctx.now());
  let index: 'bySetting' | 'toLa' | 'fromLa';
  let partitions: string[];
  if (scope === 'MY_SETTINGS') {
    if (f.settingId && !caller.settingIds.includes(f.settingId)) {
      throw new ForbiddenError(`You are not staff of setting ${f.settingId}.`);
    }
    const ids = f.settingId ? [f.settingId] : caller.settingIds;
    if (ids.length === 0)
      throw new ForbiddenError('Only setting staff have consultations to their settings.');
    index = 'bySetting';
    partitions = ids.map(consultationPartition.bySetting);
  } else {
    if (f.laCode) assertOfficerOf(caller, f.laCode, JOURNEY);
    const las = f.laCode ? [f.laCode] : caller.laCodes;
    if (las.length === 0) throw new ForbiddenError('Only LA officers may read their LA’s consultations.');
    index = scope === 'SENT_BY_MY_LA' ? 'fromLa' : 'toLa';
    partitions = las.map(
      scope === 'SENT_BY_MY_LA' ? consultationPartition.fromLa : consultationPartition.toLa,
    );
  }
  const bySetting = f.settingId && scope !== 'MY_SETTINGS' ? f.settingId : null;
  // Applied after reading; cursors are bound to what it keeps, so one filter's cursor fails another's.
  const keep: ConsultationFilter =
    f.overdue === false || bySetting || (f.overdue && f.status && f.status !== 'SENT')
      ? {
          where: (c: Consultation) =>
            (f.overdue !== false || !isOverdue(c, today)) &&
            (!bySetting || c.setting.id === bySetting) &&
            (!f.overdue || !f.status || f.status === 'SENT'),
          whereKey: JSON.stringify({ overdue: f.overdue ?? null, bySetting, status: f.status ?? null }),
        }
      : {};
  const page = await ctx.journey.listConsultations({
    index,
    partitions,
    status: f.overdue ? null : f.status,
    overdueOn: f.overdue ? today : null,
    ...keep,
    first: f.first,
    after: after ?? null,
  });
  return {
    items: page.items.map((e) => ({ item: ctx.view(e.item, caller, today), cursor: e.cursor })),
    hasNextPage: page.hasNextPage,
  };
}
