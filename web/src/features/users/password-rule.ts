/**
 * The password rule of src/modules/identity/passwords.ts, said before the first submit. The web cannot
 * import the server; test/web/password-rule.test.ts holds the two equal.
 */
export const MIN_PASSWORD_LENGTH = 10;
