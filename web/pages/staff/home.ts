import type { StaffPage } from './staff-page.js';
import { staffResponse } from './staff-page.js';

/** GET /staff: where a signed-in person starts; what they see follows their roles. */
export const staffHome: StaffPage = async (app, ctx, req) => {
  const settings = await Promise.all(
    req.caller.settingIds.map(async (id) => {
      const setting = await app.services.register.getSetting(req.caller, id);
      return { id, name: setting?.name ?? id };
    }),
  );
  return staffResponse(ctx, req, 'staff/home.njk', {
    title: 'Your work',
    nav: 'home',
    settings,
  });
};
