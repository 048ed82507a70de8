import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { EVIDENCE_ACCEPT, PQR_CHANNELS, type PqrDetail, pqrApi, toUploadedFile } from "../api/pqr-api";

type Done = (pqr: PqrDetail) => void;

/** One step's form: its fields, its submit button, the server's refusal if any. */
function StepForm({
  testId,
  submitLabel,
  onSubmit,
  children,
}: {
  testId: string;
  submitLabel: string;
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
}) {
  const action = useAsyncAction(onSubmit);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };
  return (
    <form className="form-grid" onSubmit={submit} data-testid={testId}>
      {children}
      <ErrorAlert error={action.error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={action.isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function Options({ group, values }: { group: string; values: readonly string[] }) {
  const { t } = useTranslation();
  return values.map((value) => (
    <option key={value} value={value}>
      {labelOf(t, group, value)}
    </option>
  ));
}

/** The PQR area answers and records the notification with its proof. */
export function AnswerForm({ pqr, onDone }: { pqr: PqrDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<"granted" | "partially_granted" | "denied">("granted");
  const [answerText, setAnswerText] = useState("");
  const [channel, setChannel] = useState(pqr.responseChannel);
  const [proof, setProof] = useState<File | null>(null);
  const [document, setDocument] = useState<File | null>(null);
  return (
    <StepForm
      testId="pqr-answer-form"
      submitLabel={t("pqr.answerSubmit")}
      onSubmit={async () =>
        onDone(
          await pqrApi.answer(pqr.id, {
            outcome,
            answerText,
            notificationChannel: channel,
            notificationProof: proof ? await toUploadedFile(proof) : null,
            answerFile: document ? await toUploadedFile(document) : null,
          }),
        )
      }
    >
      <label className="field">
        <span>{t("pqr.fields.outcome")}</span>
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
          <Options group="pqr.outcomes" values={["granted", "partially_granted", "denied"]} />
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.answerText")}</span>
        <textarea required rows={5} value={answerText} onChange={(e) => setAnswerText(e.target.value)} name="answerText" />
      </label>
      <label className="field">
        <span>{t("pqr.fields.notificationChannel")}</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
          <Options group="pqr.channels" values={PQR_CHANNELS} />
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.notificationProof")}</span>
        <input
          type="file"
          accept={EVIDENCE_ACCEPT}
          onChange={(e) => setProof(e.target.files?.[0] ?? null)}
          name="notificationProof"
        />
      </label>
      <label className="field">
        <span>{t("pqr.fields.answerFile")}</span>
        <input type="file" accept={EVIDENCE_ACCEPT} onChange={(e) => setDocument(e.target.files?.[0] ?? null)} />
      </label>
    </StepForm>
  );
}

/** The customer does not accept the answer: reposición, or reposición y en subsidio apelación. */
export function AppealForm({ pqr, onDone }: { pqr: PqrDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<"reconsideration" | "with_subsidiary">("with_subsidiary");
  const [grounds, setGrounds] = useState("");
  const [channel, setChannel] = useState<(typeof PQR_CHANNELS)[number]>("phone");
  return (
    <StepForm
      testId="pqr-appeal-form"
      submitLabel={t("pqr.appealSubmit")}
      onSubmit={async () => onDone(await pqrApi.appeal(pqr.id, { kind, grounds, filingChannel: channel }))}
    >
      <label className="field">
        <span>{t("pqr.fields.appealKind")}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <Options group="pqr.appealKinds" values={["reconsideration", "with_subsidiary"]} />
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.grounds")}</span>
        <textarea required rows={3} value={grounds} onChange={(e) => setGrounds(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("pqr.fields.filingChannel")}</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
          <Options group="pqr.channels" values={PQR_CHANNELS} />
        </select>
      </label>
    </StepForm>
  );
}

/** The operator decides the reposición. */
export function DecisionForm({ pqr, onDone }: { pqr: PqrDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<"reversed" | "partially_reversed" | "upheld">("upheld");
  const [text, setText] = useState("");
  return (
    <StepForm
      testId="pqr-decision-form"
      submitLabel={t("pqr.decideSubmit")}
      onSubmit={async () => onDone(await pqrApi.decide(pqr.id, { decision, decisionText: text }))}
    >
      <label className="field">
        <span>{t("pqr.fields.decision")}</span>
        <select value={decision} onChange={(e) => setDecision(e.target.value as typeof decision)}>
          <Options group="pqr.decisions" values={["reversed", "partially_reversed", "upheld"]} />
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.decisionText")}</span>
        <textarea required rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
    </StepForm>
  );
}

/** The subsidiary appeal goes to the authority with the whole file. */
export function ForwardForm({ pqr, onDone }: { pqr: PqrDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState("");
  return (
    <StepForm
      testId="pqr-forward-form"
      submitLabel={t("pqr.forwardSubmit")}
      onSubmit={async () => onDone(await pqrApi.forward(pqr.id, { authorityReference: reference || undefined }))}
    >
      <label className="field">
        <span>{t("pqr.fields.authorityReference")}</span>
        <input value={reference} onChange={(e) => setReference(e.target.value)} />
      </label>
    </StepForm>
  );
}

/** The authority's decision on the subsidiary appeal. */
export function AuthorityDecisionForm({ pqr, onDone }: { pqr: PqrDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<"confirmed" | "revoked" | "modified">("confirmed");
  const [text, setText] = useState("");
  const [decidedOn, setDecidedOn] = useState("");
  return (
    <StepForm
      testId="pqr-authority-form"
      submitLabel={t("pqr.authoritySubmit")}
      onSubmit={async () => onDone(await pqrApi.authorityDecision(pqr.id, { decision, decisionText: text, decidedOn }))}
    >
      <label className="field">
        <span>{t("pqr.fields.authorityDecision")}</span>
        <select value={decision} onChange={(e) => setDecision(e.target.value as typeof decision)}>
          <Options group="pqr.authorityDecisions" values={["confirmed", "revoked", "modified"]} />
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.decisionText")}</span>
        <textarea required rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("pqr.fields.decidedOn")}</span>
        <input required type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
      </label>
    </StepForm>
  );
}

/** A step that takes a note: grant after silence, or the customer's desistance. */
export function NoteForm({ pqr, step, onDone }: { pqr: PqrDetail; step: "grant_silence" | "desist"; onDone: Done }) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  return (
    <StepForm
      testId={`pqr-${step}-form`}
      submitLabel={t(step === "grant_silence" ? "pqr.grantSubmit" : "pqr.desistSubmit")}
      onSubmit={async () => onDone(await (step === "grant_silence" ? pqrApi.grant(pqr.id, note) : pqrApi.desist(pqr.id, note)))}
    >
      <label className="field">
        <span>{t("pqr.fields.note")}</span>
        <textarea required rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </StepForm>
  );
}
