"""Schemathesis hooks for the stateful run only (run.sh sets SCHEMATHESIS_HOOKS for it).

They stand in for what the OpenAPI document does not say yet, so that generated valid requests
are valid and scenarios get past the validation pipe to an arrest, a hand-over or a forgetting:

- a suspect or a victim needs a birth date OR an age (both optional in the schema): where
  neither is given, the age is added;
- a case's offences are 1 to 20 distinct codes (the schema has no minItems, maxItems or
  uniqueItems): duplicates are dropped, an empty list gets one offence, a long one is cut.

Delete each once the schema states it.
"""
import schemathesis

AGE_FIELD = {
    "POST /api/enforcement/cases/{caseId}/suspects": "ageAtIdentification",
    "POST /api/enforcement/cases/{caseId}/victims": "ageAtRescue",
}
OPEN_CASE = "POST /api/enforcement/cases"


@schemathesis.hook
def map_body(context, body):
    if not isinstance(body, dict):
        return body
    label = context.operation.label
    age = AGE_FIELD.get(label)
    if age and "birthDate" not in body and age not in body:
        body[age] = 31
    offences = body.get("offences")
    if label == OPEN_CASE and isinstance(offences, list):
        distinct = list(dict.fromkeys(o for o in offences if isinstance(o, str)))
        body["offences"] = distinct[:20] or ["trafficking_in_persons_with_purpose"]
    return body
