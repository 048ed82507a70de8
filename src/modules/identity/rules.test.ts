import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "./passwords.js";
import { afterFailedLogin, isValidEmail, passwordProblem, sameRoles } from "./rules.js";

describe("passwordProblem", () => {
  it("accepts exactly the minimum length and refuses one character less, in Spanish", () => {
    expect(passwordProblem("x".repeat(MIN_PASSWORD_LENGTH))).toBeNull();
    expect(passwordProblem("x".repeat(MIN_PASSWORD_LENGTH - 1))).toBe(
      `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres`,
    );
    expect(passwordProblem("")).not.toBeNull();
  });
});

describe("sameRoles", () => {
  it("ignores order and repeats, and sees an added or a removed role", () => {
    expect(sameRoles(["advisor", "supervisor"], ["supervisor", "advisor", "advisor"])).toBe(true);
    expect(sameRoles(["advisor"], ["advisor", "supervisor"])).toBe(false);
    expect(sameRoles(["advisor", "supervisor"], ["advisor"])).toBe(false);
    expect(sameRoles([], [])).toBe(true);
  });
});

describe("afterFailedLogin", () => {
  const now = new Date("2026-12-07T15:00:00Z");
  it("locks on the fifth failure in a row, not before", () => {
    expect(afterFailedLogin(3, now)).toEqual({ failedLogins: 4, lockedUntil: null });
    expect(afterFailedLogin(4, now)).toEqual({ failedLogins: 0, lockedUntil: new Date("2026-12-07T15:15:00Z") });
  });
});

describe("isValidEmail", () => {
  it("wants a local part, an @ and a dotted domain", () => {
    expect(isValidEmail("ana@acme.co")).toBe(true);
    expect(isValidEmail("ana@acme")).toBe(false);
    expect(isValidEmail("ana acme.co")).toBe(false);
  });
});
