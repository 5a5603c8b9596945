import type { UploadKind } from './intake-codes';

/**
 * The published file formats of a bulk upload: one header row naming the columns (any order,
 * lower-case, as below), then one row per record. Values are the API's: codes as in the code lists
 * and reference data, dates `YYYY-MM-DD`, counts as whole numbers; an empty cell is an absent
 * optional value. Unknown columns are refused (a misspelt column would otherwise drop data
 * silently). A screening row may carry one referral (the `referral_*` columns); more referrals go
 * through the API.
 */
export interface UploadFormat {
  required: readonly string[];
  optional: readonly string[];
}

export const UPLOAD_FORMATS: Record<UploadKind, UploadFormat> = {
  receptions: {
    required: ['reference', 'place', 'received_on', 'received_by', 'returned_by', 'country_returned_from', 'reason', 'men', 'women', 'boys', 'girls'],
    optional: [],
  },
  screenings: {
    required: ['reference', 'reception_reference', 'place', 'screened_on', 'screened_by', 'outcome', 'sex', 'nationality', 'country_returned_from'],
    optional: [
      'exploitation_indicated',
      'age_in_years',
      'birth_date',
      'name',
      'referral_destination',
      'referral_on',
      'referral_organisation',
      'referral_police_unit',
      'referral_police_case_id',
      'referral_suspected_offence',
    ],
  },
  bodies: {
    required: ['reference', 'place', 'received_on', 'received_by', 'brought_by', 'country_of_death', 'sex', 'cause'],
    optional: [],
  },
};
