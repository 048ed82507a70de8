import { Type } from "@sinclair/typebox";

/**
 * A step of a procedure as the screens receive it (`explainSteps`): its code and its procedure's, so the
 * screen names it in the user's language; the Spanish label and reason for the CLI and older callers;
 * and why it is refused as a code with its parameters.
 */
export const StepExplanationSchema = Type.Object({
  procedure: Type.String({ description: "Código del procedimiento: con step, la clave del nombre del paso" }),
  step: Type.String(),
  label: Type.String({ description: "Nombre del paso en español" }),
  seedStep: Type.Optional(Type.String()),
  allowed: Type.Boolean(),
  reason: Type.Union([Type.String(), Type.Null()], { description: "Por qué no, en español" }),
  refusal: Type.Union([Type.Literal("wrong_role"), Type.Literal("out_of_order"), Type.Literal("guard"), Type.Null()], {
    description: "Por qué no, como código: wrong_role (ver roles), out_of_order (ver state) o guard (solo reason)",
  }),
  roles: Type.Array(Type.String(), { description: "Roles que realizan el paso" }),
  state: Type.String({ description: "Estado del caso cuando se explicó el paso" }),
});
