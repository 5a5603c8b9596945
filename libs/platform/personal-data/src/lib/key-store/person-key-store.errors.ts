/** The person's key was destroyed: no new data may be sealed for them, nothing old is readable. */
export class PersonForgottenError extends Error {
  readonly code = 'PERSON_FORGOTTEN';
  constructor(readonly personId: string) {
    super(`Person ${personId} was forgotten; no personal data can be sealed for them`);
    this.name = 'PersonForgottenError';
  }
}

/** No key was ever created for this person id (nothing of theirs was sealed). */
export class UnknownPersonError extends Error {
  readonly code = 'UNKNOWN_PERSON';
  constructor(readonly personId: string) {
    super(`No personal data was ever sealed for person ${personId}`);
    this.name = 'UnknownPersonError';
  }
}

export class PersonAlreadyForgottenError extends Error {
  readonly code = 'PERSON_ALREADY_FORGOTTEN';
  constructor(
    readonly personId: string,
    readonly forgottenAt: string,
  ) {
    super(`Person ${personId} was already forgotten on ${forgottenAt}`);
    this.name = 'PersonAlreadyForgottenError';
  }
}
