import { assertCanManageSetting, assertIsOfficer } from '../../../functions/core/access.js';
import {
  ConcurrentUpdateError,
  DuplicateError,
  InvalidInputError,
  NotFoundError,
  StaleRevisionError,
} from '../../../functions/core/errors.js';
import type { Setting } from '../../../functions/core/model.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import type { FormError } from '../../view/forms.js';
import { duplicateUrnError, settingFormErrors } from '../../view/staff/setting-details-errors.js';
import {
  approximateDistrictOf,
  emptySettingForm,
  readSettingForm,
  type SentSetting,
  type SettingFormValues,
  settingFormFromSetting,
  settingInputFromForm,
} from '../../view/staff/setting-details-form.js';
import { type SettingFormModelInput, settingFormModel } from '../../view/staff/setting-details-model.js';
import type { PageContext } from '../page.js';
import { type StaffApp, type StaffPage, type StaffRequest, seeOther, staffResponse } from './staff-page.js';

// The officer's "Add a setting" and "Change details" pages: one form, posted to upsertSetting with
// the caller from the session, so who may add or change a setting is the service's own rule.

type FormState = Omit<SettingFormModelInput, 'laNames'>;

function renderForm(ctx: PageContext, req: StaffRequest, state: FormState, status = 200) {
  const form = settingFormModel({ ...state, laNames: LA_NAMES });
  const title = form.heading;
  return staffResponse(
    ctx,
    req,
    'staff/setting-form.njk',
    { title: form.errors.length ? `Error: ${title}` : title, nav: 'register', form },
    { status },
  );
}

/** The service's refusal as errors by input, with the status to answer; null for anything else. */
function refusal(
  error: unknown,
  values: SettingFormValues,
  sent: SentSetting,
): { errors: FormError[]; status: number } | null {
  if (error instanceof InvalidInputError) {
    return { errors: settingFormErrors(error.issues, values, sent), status: 400 };
  }
  if (error instanceof DuplicateError) return { errors: [duplicateUrnError(values)], status: 409 };
  return null;
}

/** GET/POST /settings/new: officers only; on success, the new setting's page. */
export const newSettingPage: StaffPage = async (app, ctx, req) => {
  // Setting staff never see the form: the service's own refusal.
  assertIsOfficer(req.caller, 'add settings to the register');
  const laCodes = req.caller.laCodes;
  if (req.method === 'GET') {
    return renderForm(ctx, req, { mode: 'new', values: emptySettingForm(laCodes), laCodes });
  }
  const values = readSettingForm(req.form, req.formAll);
  const sent = settingInputFromForm(values, null);
  let setting: Setting;
  try {
    setting = await app.services.register.upsertSetting(req.caller, sent.input, { onlyNew: true });
  } catch (error) {
    const refused = refusal(error, values, sent);
    if (!refused) throw error;
    return renderForm(ctx, req, { mode: 'new', values, laCodes, errors: refused.errors }, refused.status);
  }
  return seeOther(`/settings/${encodeURIComponent(setting.id)}?done=added`);
};

async function loadSetting(app: StaffApp, req: StaffRequest): Promise<Setting> {
  const id = req.params.settingId ?? '';
  const setting = await app.services.register.getSetting(req.caller, id);
  if (!setting) throw new NotFoundError('Setting', id);
  return setting;
}

/** GET/POST /settings/:settingId/edit: officers of the setting's LA; provisions keep their ids. */
export const editSettingPage: StaffPage = async (app, ctx, req) => {
  const setting = await loadSetting(app, req);
  // The form is for those who may change the setting: anyone else gets the service's refusal.
  assertCanManageSetting(req.caller, [setting.laCode]);
  const laCodes = req.caller.laCodes;
  const stored = (s: Setting): FormState => ({
    mode: 'edit',
    values: settingFormFromSetting(s, OUTCODES),
    laCodes,
    setting: s,
    approximateDistrict: approximateDistrictOf(s, OUTCODES),
  });
  if (req.method === 'GET') return renderForm(ctx, req, stored(setting));

  const values = readSettingForm(req.form, req.formAll);
  const sent = settingInputFromForm(values, {
    id: setting.id,
    status: setting.status,
    establishmentType: setting.establishmentType ?? null,
  });
  const typed: FormState = {
    mode: 'edit',
    values,
    laCodes,
    setting,
    approximateDistrict: approximateDistrictOf(setting, OUTCODES),
  };
  try {
    await app.services.register.upsertSetting(req.caller, sent.input);
  } catch (error) {
    if (error instanceof StaleRevisionError) {
      // Someone changed it meanwhile: show what it is now, so nothing of theirs is overwritten unseen.
      const current = await loadSetting(app, req);
      return renderForm(
        ctx,
        req,
        {
          ...stored(current),
          conflict: true,
          errors: [
            {
              inputId: 'name',
              text: 'Someone else changed this setting since you opened this page. The form now shows its current details: make your changes again',
            },
          ],
        },
        409,
      );
    }
    if (error instanceof ConcurrentUpdateError) {
      const errors = [
        {
          inputId: 'name',
          text: 'Many changes to this setting arrived at once and yours could not be saved. Nothing was changed: save again',
        },
      ];
      return renderForm(ctx, req, { ...typed, errors }, 409);
    }
    const refused = refusal(error, values, sent);
    if (!refused) throw error;
    return renderForm(ctx, req, { ...typed, errors: refused.errors }, refused.status);
  }
  return seeOther(`/settings/${encodeURIComponent(setting.id)}?done=changed`);
};
