import { expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH as SERVER } from "../../src/modules/identity/passwords.js";
import { MIN_PASSWORD_LENGTH as WEB } from "../../web/src/features/users/password-rule.js";

it("the users form states the server's password rule", () => {
  expect(WEB).toBe(SERVER);
});
