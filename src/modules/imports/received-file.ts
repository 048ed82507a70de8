import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../../platform/errors.js";

/** A file ready to import: on local disk (never parsed from a half-received stream), with its size and SHA-256. */
export interface ReceivedFile {
  path: string;
  /** The name the person gave it (its extension decides the parser, with its content). */
  name: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Streams an upload to a private temporary file, hashing it on the way. The parser only ever reads a
 * complete file; a part cut by the size limit is refused (413) and deleted. `remove()` deletes the copy.
 */
export async function receiveUpload(
  stream: Readable & { truncated?: boolean },
  name: string,
  maxBytes: number,
): Promise<ReceivedFile & { remove(): Promise<void> }> {
  const filePath = path.join(os.tmpdir(), `fideliza-import-${randomUUID()}${path.extname(name).toLowerCase().slice(0, 10)}`);
  const remove = () => fs.promises.rm(filePath, { force: true });
  const hash = createHash("sha256");
  let sizeBytes = 0;
  // An error of the upload itself (a body cut short, a malformed multipart) is the sender's, not ours.
  let inputFailed = false;
  stream.once("error", () => {
    inputFailed = true;
  });
  try {
    await pipeline(
      stream,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          yield chunk;
        }
      },
      fs.createWriteStream(filePath, { flags: "wx", mode: 0o600 }),
    );
    if (stream.truncated) throw new Error("truncated");
  } catch (error) {
    await remove();
    if (stream.truncated || (error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      throw new AppError(
        "PAYLOAD_TOO_LARGE",
        `El archivo supera el máximo de ${maxBytes >= 1048576 ? `${Math.floor(maxBytes / 1048576)} MB` : `${Math.ceil(maxBytes / 1024)} KB`}`,
        {
          field: "file",
        },
      );
    }
    const code = (error as { code?: string }).code;
    if (inputFailed || code === "ERR_STREAM_PREMATURE_CLOSE" || code?.startsWith("FST_")) {
      throw new AppError(
        "BAD_REQUEST",
        "El archivo llegó incompleto: el envío (multipart/form-data) se cortó o está mal formado; vuelva a enviarlo",
        { field: "file" },
      );
    }
    throw error;
  }
  return { path: filePath, name, sizeBytes, sha256: hash.digest("hex"), remove };
}

/** A file already on disk (the CLI): its size and SHA-256, read once as a stream. */
export async function describeLocalFile(filePath: string): Promise<ReceivedFile> {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  try {
    for await (const chunk of fs.createReadStream(filePath) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      sizeBytes += chunk.length;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new AppError("NOT_FOUND", `No existe el archivo ${filePath}`, { field: "file" });
    if (code === "EISDIR") throw new AppError("BAD_REQUEST", `${filePath} es una carpeta, no un archivo`, { field: "file" });
    throw error;
  }
  return { path: filePath, name: path.basename(filePath), sizeBytes, sha256: hash.digest("hex") };
}
