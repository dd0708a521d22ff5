// Compile-time proof that the core's closed sets are exactly the schema's enums: if either
// side gains or loses a value, `npm run typecheck` fails here.
import type { Role } from '../core/access.js';
import type * as lists from '../core/lists/model.js';
import type * as core from '../core/model.js';
import type { NeedCode } from '../core/needs.js';
import type * as schema from './__generated__/resolvers-types.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const schemaAlignment: [
  Same<NeedCode, schema.NeedCode>,
  Same<core.SettingKind, schema.SettingKind>,
  Same<core.Sector, schema.Sector>,
  Same<core.Phase, schema.Phase>,
  Same<core.GenderIntake, schema.GenderIntake>,
  Same<core.Boarding, schema.Boarding>,
  Same<core.SettingStatus, schema.SettingStatus>,
  Same<core.ProvisionKind, schema.ProvisionKind>,
  Same<core.ApTier, schema.ApTier>,
  Same<core.CapacitySource, schema.CapacitySource>,
  Same<core.SettingSource, schema.SettingSource>,
  Same<core.ProvisionSource, schema.ProvisionSource>,
  Same<Role, schema.Role>,
  Same<lists.RangeKind, schema.RangeKind>,
  Same<lists.LegalRouteCode, schema.LegalRoute>,
  Same<lists.ChoiceAdder, schema.ChoiceAddedBy>,
  Same<lists.ReasonCode, schema.ReasonCode>,
  Same<lists.CautionCode, schema.CautionCode>,
  Same<lists.NotListedReason, schema.NotListedReason>,
] = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
