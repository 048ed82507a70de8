import { useProblems } from "./form-context";

/** The server's messages for one field, under it; the input points at them with aria-describedby. */
export function FieldProblems({ path }: { path: string }) {
  const { messages, id } = useProblems(path);
  if (messages.length === 0) return null;
  return (
    <ul className="field-problems" id={id}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
