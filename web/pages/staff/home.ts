import { LA_NAMES } from '../../../functions/services/la-names.js';
import { instantInWords } from '../../view/format.js';
import { casePath } from '../../view/staff/list-page.js';
import { councilWords } from '../../view/staff/words.js';
import type { StaffPage } from './staff-page.js';
import { staffResponse } from './staff-page.js';

/** GET /staff: where a signed-in person starts; what they see follows their roles. */
export const staffHome: StaffPage = async (app, ctx, req) => {
  const [settings, cases] = await Promise.all([
    Promise.all(
      req.caller.settingIds.map(async (id) => {
        const setting = await app.services.register.getSetting(req.caller, id);
        return { id, name: setting?.name ?? id };
      }),
    ),
    // An officer's council's latest cases, to go back to without typing a reference.
    Promise.all(
      req.caller.laCodes.map(async (laCode) => ({
        council: councilWords(laCode, (c) => LA_NAMES.get(c)),
        cases: (await app.services.journey.recentCases(req.caller, laCode)).map((c) => ({
          reference: c.caseReference,
          href: casePath(laCode, c.caseReference),
          changedOn: instantInWords(c.updatedAt),
        })),
      })),
    ),
  ]);
  return staffResponse(ctx, req, 'staff/home.njk', {
    title: 'Your work',
    nav: 'home',
    settings,
    recentCases: cases.filter((la) => la.cases.length > 0),
  });
};
