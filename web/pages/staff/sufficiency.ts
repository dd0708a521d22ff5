import { ForbiddenError, InvalidInputError } from '../../../functions/core/errors.js';
import { londonDate } from '../../../functions/core/journey/dates.js';
import { sufficiencyCsv } from '../../../functions/core/sufficiency/csv.js';
import { periodChoices } from '../../../functions/core/sufficiency/periods.js';
import { scapCsv } from '../../../functions/core/sufficiency/scap.js';
import { DEFAULT_WAITING_WEEKS } from '../../../functions/core/sufficiency/view.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import { downloadHeaders } from '../../view/headers.js';
import { sufficiencyFormModel, sufficiencyModel } from '../../view/staff/sufficiency-model.js';
import { sufficiencyErrors } from '../../view/staff/sufficiency-words.js';
import { councilWords } from '../../view/staff/words.js';
import { type StaffPage, staffResponse } from './staff-page.js';

// Where places are short, for an officer's council: the sufficiency service's picture for a fixed
// period, with a GET form to pick another. Who may see it, and which periods and weeks are valid,
// are the service's rules: this page only shows its refusals.

/** GET /sufficiency?la=&period=&weeks=: the picture; a refused period or weeks shows the form with its errors (400). */
export const sufficiencyPage: StaffPage = async (app, ctx, req) => {
  const laCode = req.query.la || req.caller.laCodes[0] || '';
  if (!laCode) throw new ForbiddenError('Only placement officers may see where places are short.');
  const choices = periodChoices(londonDate(app.now()));
  // The current academic year is the first choice.
  const periodId = req.query.period || choices[0]?.id || '';
  const weeks = req.query.weeks ?? '';
  const council = councilWords(laCode, (c) => LA_NAMES.get(c));
  const form = (errors?: Parameters<typeof sufficiencyFormModel>[0]['errors']) =>
    sufficiencyFormModel({
      laCode,
      councils: req.caller.laCodes.map((code) => ({
        code,
        name: councilWords(code, (c) => LA_NAMES.get(c)),
      })),
      periodId,
      weeks,
      choices,
      ...(errors ? { errors } : {}),
    });
  const title = `Where places are short: ${council}`;
  try {
    const view = await app.services.sufficiency.sufficiency(
      req.caller,
      laCode,
      periodId,
      weeks.trim() === '' ? DEFAULT_WAITING_WEEKS : Number(weeks),
    );
    return staffResponse(ctx, req, 'staff/sufficiency.njk', {
      title,
      nav: 'home',
      form: form(),
      page: sufficiencyModel({ view, council, districtAreas: app.districtAreas.get(laCode) ?? null }),
    });
  } catch (error) {
    const errors = error instanceof InvalidInputError ? sufficiencyErrors(error.issues) : null;
    if (!errors) throw error;
    return staffResponse(
      ctx,
      req,
      'staff/sufficiency.njk',
      { title: `Error: ${title}`, nav: 'home', form: form(errors), council, page: null },
      { status: 400 },
    );
  }
};

// A byte-order mark first: Excel reads the file as UTF-8 only with it (curly apostrophes, £).
const BOM = '\uFEFF';
const CSV = 'text/csv; charset=utf-8';

/** GET /sufficiency/export.csv?la=&period=&weeks=: the picture as a CSV, with the same rounding. */
export const sufficiencyCsvPage: StaffPage = async (app, _ctx, req) => {
  const laCode = req.query.la || req.caller.laCodes[0] || '';
  if (!laCode) throw new ForbiddenError('Only placement officers may see where places are short.');
  const periodId = req.query.period || periodChoices(londonDate(app.now()))[0]?.id || '';
  const weeks = req.query.weeks?.trim() ?? '';
  const view = await app.services.sufficiency.sufficiency(
    req.caller,
    laCode,
    periodId,
    weeks === '' ? DEFAULT_WAITING_WEEKS : Number(weeks),
  );
  return {
    statusCode: 200,
    headers: downloadHeaders(CSV, `openplace-sufficiency-${laCode}-${view.period.id}.csv`),
    body: BOM + sufficiencyCsv(view, LA_NAMES.get(laCode) ?? null),
  };
};

/** GET /sufficiency/scap.csv?la=: the council's special schools, units and resourced provision by SCAP's columns. */
export const scapCsvPage: StaffPage = async (app, _ctx, req) => {
  const laCode = req.query.la || req.caller.laCodes[0] || '';
  if (!laCode) throw new ForbiddenError('Only placement officers may see where places are short.');
  const settings = await app.services.sufficiency.councilSettings(req.caller, laCode);
  const today = londonDate(app.now());
  return {
    statusCode: 200,
    headers: downloadHeaders(CSV, `openplace-scap-${laCode}-${today}.csv`),
    body: BOM + scapCsv({ laCode, laName: LA_NAMES.get(laCode) ?? null, settings, today }),
  };
};
