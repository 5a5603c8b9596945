"""Schemathesis hooks for the stateful run only (run.sh sets SCHEMATHESIS_HOOKS for it).

They stand in for what the OpenAPI document does not say yet, so that generated valid requests
are valid and scenarios get past the validation pipe to an arrest, a hand-over or a forgetting:

- a suspect or a victim needs a birth date OR an age (both optional in the schema): where
  neither is given, the age is added;
- a case's offences are 1 to 20 distinct codes (the schema has no minItems, maxItems or
  uniqueItems): duplicates are dropped, an empty list gets one offence, a long one is cut.

Delete each once the schema states it. And one thing no schema can say: an officer opens cases
under their own unit only, so a case is opened with the producer's unit (and its province, for
a provincial unit), given as JSON in CASETRAIL_ST_OPEN_CASE_AS.
"""
import json
import os

import schemathesis

AGE_FIELD = {
    "POST /api/enforcement/cases/{caseId}/suspects": "ageAtIdentification",
    "POST /api/enforcement/cases/{caseId}/victims": "ageAtRescue",
}
OPEN_CASE = "POST /api/enforcement/cases"
OPEN_CASE_AS = json.loads(os.environ.get("CASETRAIL_ST_OPEN_CASE_AS") or "{}")


@schemathesis.hook
def map_body(context, body):
    if not isinstance(body, dict):
        return body
    label = context.operation.label
    age = AGE_FIELD.get(label)
    if age and "birthDate" not in body and age not in body:
        body[age] = 31
    if label == OPEN_CASE:
        offences = body.get("offences")
        if isinstance(offences, list):
            distinct = list(dict.fromkeys(o for o in offences if isinstance(o, str)))
            body["offences"] = distinct[:20] or ["trafficking_in_persons_with_purpose"]
        body.update(OPEN_CASE_AS)
    return body
