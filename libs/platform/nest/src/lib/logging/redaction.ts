/**
 * Log paths that may carry personal or secret data. Request bodies are never logged at all;
 * these paths guard headers and any object a developer passes to the logger by mistake.
 */
export const REDACTED_LOG_PATHS: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body',
  'body',
  'data.personal',
  '*.personal',
  '*.fullName',
  '*.name',
  '*.birthDate',
  '*.dateOfBirth',
  '*.address',
  '*.phone',
  '*.identityNumber',
  '*.token',
  '*.password',
  // At the top of a logged object too (`*.` matches one level down only).
  'password',
  'token',
];
